package org.convener.votes;

import java.util.OptionalDouble;

/**
 * One member's part in a bloc's record: only divisions held while they were in the bloc count.
 *
 * @param personId their record, if they have one
 * @param votes divisions they voted in
 * @param held divisions held while they were in the bloc
 * @param rebellions votes against their party's majority
 */
public record MemberCohesion(Sitting mp, Long personId, int votes, int held, int rebellions) {

    /** Votes as a share of divisions held. A missing vote is not proof of abstention: lists can be incomplete. */
    public OptionalDouble attendance() {
        return held == 0 ? OptionalDouble.empty() : OptionalDouble.of(votes / (double) held);
    }
}
