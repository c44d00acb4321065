package org.convener.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The papers as a returning officer sorts them: a pile per candidate of parcels, each parcel being
 * identical papers at one value, waiting at one position of their ranking. Used by the rules that
 * move papers (instant-runoff, Scottish STV, WIGM).
 */
final class Piles {

    private record Parcel(Ballot ballot, int position, BigDecimal value) {}

    private final List<List<Parcel>> piles;
    final BigDecimal[] totals;
    private final int scale;

    /** First preferences: each valid paper on the pile of its first candidate still standing. */
    Piles(Election election, int scale) {
        this.scale = scale;
        int n = election.size();
        piles = new ArrayList<>(n);
        totals = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            piles.add(new ArrayList<>());
            totals[i] = BigDecimal.ZERO.setScale(scale);
        }
        var one = BigDecimal.ONE.setScale(scale);
        for (var b : election.usable()) {
            add(b.at(0), new Parcel(b, 0, one));
        }
    }

    private void add(int candidate, Parcel p) {
        piles.get(candidate).add(p);
        totals[candidate] = totals[candidate].add(
                p.value().multiply(BigDecimal.valueOf(p.ballot().weight())));
    }

    /**
     * Moves every paper on {@code from}'s pile to the next candidate on it who is still continuing,
     * at the value {@code newValue} gives for its current value; papers with no such candidate go
     * no further. {@code from}'s total is left for the rule to set.
     */
    void transfer(int from, UnaryOperator<BigDecimal> newValue, boolean[] continuing) {
        var pile = piles.get(from);
        piles.set(from, new ArrayList<>());
        for (var p : pile) {
            BigDecimal value = newValue.apply(p.value());
            Ballot b = p.ballot();
            for (int pos = p.position() + 1; pos < b.length(); pos++) {
                if (continuing[b.at(pos)]) {
                    add(b.at(pos), new Parcel(b, pos, value.setScale(scale)));
                    break;
                }
            }
        }
    }

    BigDecimal total(int candidate) {
        return totals[candidate];
    }

    void setTotal(int candidate, BigDecimal v) {
        totals[candidate] = v;
    }
}
