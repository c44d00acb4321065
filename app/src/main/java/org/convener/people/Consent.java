package org.convener.people;

import java.time.Instant;

/**
 * Consent to be contacted on one channel, as recorded.
 *
 * @param method how it was given, e.g. "signed form at the branch meeting"
 * @param recordedBy who recorded it
 */
public record Consent(Channel channel, boolean granted, Instant recordedAt, String method, String recordedBy) {}
