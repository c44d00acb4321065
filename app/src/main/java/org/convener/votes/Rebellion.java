package org.convener.votes;

/**
 * A vote against the majority of the MP's own party.
 *
 * @param party how the MP's party split in that division
 */
public record Rebellion(Division division, MpVote vote, Split party) {}
