package org.convener.polls;

/** Published when a poll is added, corrected or withdrawn in the product: averages and projections start afresh. */
public record PollsChanged() {}
