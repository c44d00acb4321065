package org.convener.bulletins;

import java.time.Instant;

/** One run of the weekly job, on whichever instance took the lock, and how it ended. */
public record JobRun(
        long id, String job, String instance, Instant startedAt, Instant finishedAt, String outcome, String detail) {}
