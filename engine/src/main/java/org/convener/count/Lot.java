package org.convener.count;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a tie that the rule leaves to chance is settled. The lot "falls on" one candidate, who is
 * then the one acted on: excluded, or whose surplus goes first, or (for first past the post and
 * approval) who takes the seat.
 */
public interface Lot {

    /** Draws one of {@code tied} (two or more candidates, in file order). */
    Candidate draw(List<Candidate> tied);

    /** How draws are made, for the record. */
    String describe();

    /** The lot falls on the candidate listed first in the ballot file. */
    static Lot fileOrder() {
        return new Lot() {
            @Override
            public Candidate draw(List<Candidate> tied) {
                return tied.stream()
                        .min(Comparator.comparingInt(Candidate::number))
                        .orElseThrow();
            }

            @Override
            public String describe() {
                return "by the candidates' order in the file";
            }
        };
    }

    /**
     * Uniformly at random from a generator seeded with {@code seed}: the same seed draws the same
     * lots, so a count can be repeated by anyone who has the seed.
     */
    static Lot random(long seed) {
        var random = new SplittableRandom(seed);
        return new Lot() {
            @Override
            public Candidate draw(List<Candidate> tied) {
                var inOrder = tied.stream()
                        .sorted(Comparator.comparingInt(Candidate::number))
                        .toList();
                return inOrder.get(random.nextInt(inOrder.size()));
            }

            @Override
            public String describe() {
                return "at random, seed " + seed;
            }
        };
    }
}
