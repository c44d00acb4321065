package org.convener.count;

import java.math.BigDecimal;
import java.util.List;

/**
 * First past the post: each paper counts once, for its first preference; the candidates with the
 * most votes take the seats. A tie for the last seat is settled by lot.
 */
public final class FirstPastThePost implements CountingRule {

    @Override
    public String id() {
        return "fptp";
    }

    @Override
    public Count count(Election election, Lot lot) {
        var ledger = new Ledger(election, 0, lot);
        var totals = new BigDecimal[election.size()];
        java.util.Arrays.fill(totals, BigDecimal.ZERO);
        for (var b : election.usable()) {
            totals[b.at(0)] = totals[b.at(0)].add(BigDecimal.valueOf(b.weight()));
        }
        return Plurality.fill(ledger, totals, id());
    }

    /** Shared by first past the post and approval: the most votes win, lot settles the last seat. */
    static final class Plurality {

        private Plurality() {}

        static Count fill(Ledger ledger, BigDecimal[] totals, String rule) {
            var elected = new java.util.ArrayList<Candidate>();
            var open = new java.util.ArrayList<>(ledger.continuing());
            if (ledger.valid.signum() > 0) {
                while (elected.size() < ledger.seats && !open.isEmpty()) {
                    BigDecimal top = open.stream()
                            .map(c -> totals[c.index()])
                            .max(BigDecimal::compareTo)
                            .orElseThrow();
                    List<Candidate> tied = open.stream()
                            .filter(c -> totals[c.index()].compareTo(top) == 0)
                            .toList();
                    if (tied.size() <= ledger.seats - elected.size()) {
                        elected.addAll(tied);
                        open.removeAll(tied);
                    } else {
                        var drawn = ledger.settle(tied, false, false, "a seat");
                        elected.add(drawn);
                        open.remove(drawn);
                    }
                }
            }
            ledger.elect(elected);
            ledger.record(Action.FIRST, List.of(), totals, elected, null);
            return ledger.finish(rule, null);
        }
    }
}
