package org.convener.polls;

import org.convener.engine.Poll;

/** A poll as published, with who commissioned it and any note. */
public record PublishedPoll(long id, Poll poll, String client, String notes) {}
