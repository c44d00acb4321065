package org.convener.votes;

import java.util.List;
import java.util.OptionalDouble;

/**
 * An MP's voting record over a period.
 *
 * @param votes divisions they voted in
 * @param held divisions held while they sat, in the period
 * @param rebellions votes against their party's majority, newest first
 */
public record MpRecord(Sitting mp, Coverage coverage, int votes, int held, List<Rebellion> rebellions) {

    /** Divisions voted in as a share of those held while they sat; empty when none were held. */
    public OptionalDouble attendance() {
        return held == 0 ? OptionalDouble.empty() : OptionalDouble.of(votes / (double) held);
    }
}
