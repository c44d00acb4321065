package org.convener.engine;

import java.util.List;
import java.util.Set;

/**
 * An optional adjustment after a model: where one party of a bloc is in the top two in a seat
 * (and the top two are within {@code margin} of each other), a fraction of the supporters of the
 * bloc's other parties, placed third or lower, switch to it. It moves votes within seats only, so
 * national shares drift a little from their targets.
 *
 * @param fraction the share of such supporters who switch
 * @param blocs groups of parties whose supporters lend each other votes
 * @param margin the largest gap between the first two, as a fraction of the vote, at which supporters switch
 */
public record TacticalVoting(double fraction, List<Set<Party>> blocs, double margin) {

    /** The bloc whose supporters lend each other votes: Labour, the Liberal Democrats, the Greens, the SNP and Plaid. */
    public static final List<Set<Party>> PROGRESSIVE =
            List.of(Set.of(Party.LAB, Party.LD, Party.GREEN, Party.SNP, Party.PC));

    /** One in four supporters of the bloc switches, wherever the first two stand. */
    public static final TacticalVoting DEFAULT = new TacticalVoting(0.25, PROGRESSIVE, 1);

    public TacticalVoting {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the tactical fraction must be between 0 and 1");
        }
        if (!(margin > 0 && margin <= 1)) {
            throw new IllegalArgumentException("the tactical margin must be above 0% and at most 100%");
        }
        blocs = List.copyOf(blocs.stream().map(Set::copyOf).toList());
    }

    public TacticalVoting withFraction(double fraction) {
        return new TacticalVoting(fraction, blocs, margin);
    }

    public TacticalVoting withMargin(double margin) {
        return new TacticalVoting(fraction, blocs, margin);
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
        if (second < 0 || shares[first] - shares[second] > margin) {
            return;
        }
        for (Set<Party> bloc : blocs) {
            int best = -1;
            for (int p : new int[] {first, second}) {
                if (bloc.contains(Party.GB_MODEL.get(p)) && (best < 0 || shares[p] > shares[best])) {
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
