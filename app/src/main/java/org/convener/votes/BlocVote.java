package org.convener.votes;

import java.util.List;

/**
 * How a bloc's members voted in one division.
 *
 * @param votes the votes of those in the bloc that day
 * @param notRecorded member ids of those in the bloc with no vote recorded
 */
public record BlocVote(Bloc bloc, Split split, List<MpVote> votes, List<Integer> notRecorded) {

    public int members() {
        return votes.size() + notRecorded.size();
    }
}
