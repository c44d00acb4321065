package org.convener.votes;

/**
 * One MP's vote in one division.
 *
 * @param party the Library code of the MP's party at the time of the vote
 * @param teller told for the side of {@code lobby}; tellers are not in the declared counts
 */
public record MpVote(int divisionId, int memberId, String party, Lobby lobby, boolean teller) {}
