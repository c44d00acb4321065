package org.convener.engine;

import java.util.List;
import java.util.Set;

/**
 * An optional adjustment after a model: where one party of a bloc is in the top two in a seat,
 * a fraction of the supporters of the bloc's other parties, placed third or lower, switch to it.
 * It moves votes within seats only, so national shares drift a little from their targets.
 *
 * @param fraction the share of such supporters who switch
 * @param blocs groups of parties whose supporters lend each other votes
 */
public record TacticalVoting(double fraction, List<Set<Party>> blocs) {

    /** One in four supporters of Labour, the Liberal Democrats, the Greens, the SNP and Plaid switches. */
    public static final TacticalVoting DEFAULT =
            new TacticalVoting(0.25, List.of(Set.of(Party.LAB, Party.LD, Party.GREEN, Party.SNP, Party.PC)));

    public TacticalVoting {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the tactical fraction must be between 0 and 1");
        }
        blocs = List.copyOf(blocs.stream().map(Set::copyOf).toList());
    }

    /** Adjusts one seat's shares in place ({@link Party#GB_MODEL} order). */
    void apply(double[] shares) {
        int first = Projection.argmax(shares);
        int second = -1;
        for (int p = 0; p < shares.length; p++) {
            if (p != first && (second < 0 || shares[p] > shares[second])) {
                second = p;
            }
        }
        for (Set<Party> bloc : blocs) {
            int best = -1;
            for (int p : new int[] {first, second}) {
                if (p >= 0 && bloc.contains(Party.GB_MODEL.get(p)) && (best < 0 || shares[p] > shares[best])) {
                    best = p;
                }
            }
            if (best < 0) {
                continue;
            }
            for (int p = 0; p < shares.length; p++) {
                if (p != first && p != second && bloc.contains(Party.GB_MODEL.get(p))) {
                    double moved = shares[p] * fraction;
                    shares[p] -= moved;
                    shares[best] += moved;
                }
            }
        }
    }
}
