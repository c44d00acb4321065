package org.convener.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The weighted inclusive Gregory method in its generic form (as counted by the droop reference
 * program's "wigm" rule): quota = valid papers / (seats + 1), not rounded to a whole number; a
 * candidate with more than the quota is elected (droop adds 10^-18 to the quota and elects at or
 * over it, which is the same); the largest surplus passes on first,
 * every paper of the candidate going on at its value × surplus ÷ the candidate's votes, with no
 * truncation (27 decimal places are kept, results are given to 18); with no surplus left, the
 * candidate with the fewest votes is excluded and their papers pass on at their current values.
 * Every tie is settled by lot. When the continuing candidates are as many as the seats left, they
 * are elected. Scottish STV is this method with a whole-number quota, five-decimal truncation and
 * the earlier-stage tie-breaks.
 */
public final class Wigm implements CountingRule {

    static final int SHOWN = 18;
    static final int KEPT = 27;

    @Override
    public String id() {
        return "wigm";
    }

    @Override
    public Count count(Election election, Lot lot) {
        var ledger = new Ledger(election, SHOWN, lot);
        var piles = new Piles(election, KEPT);
        BigDecimal quota = ledger.valid.divide(BigDecimal.valueOf(election.seats() + 1L), KEPT, RoundingMode.DOWN);
        var pending = new ArrayList<Candidate>();
        ledger.record(Action.FIRST, List.of(), piles.totals, List.of(), quota);
        while (ledger.valid.signum() > 0 && ledger.continuing().size() > ledger.seatsLeft() && ledger.seatsLeft() > 0) {
            var reaching = Ledger.byVotesDescending(
                    ledger.continuing().stream()
                            .filter(c -> piles.total(c.index()).compareTo(quota) > 0)
                            .toList(),
                    piles.totals);
            ledger.elect(reaching);
            ledger.electedAtLastStage(reaching);
            pending.addAll(reaching);
            if (!pending.isEmpty()) {
                BigDecimal most = pending.stream()
                        .map(c -> piles.total(c.index()))
                        .max(BigDecimal::compareTo)
                        .orElseThrow();
                var from = ledger.settle(
                        pending.stream()
                                .filter(c -> piles.total(c.index()).compareTo(most) == 0)
                                .toList(),
                        false,
                        false,
                        "the first surplus");
                pending.remove(from);
                BigDecimal votes = piles.total(from.index());
                BigDecimal surplus = votes.subtract(quota);
                piles.transfer(
                        from.index(),
                        value -> value.multiply(surplus).divide(votes, KEPT, RoundingMode.DOWN),
                        ledger.continuingMask());
                piles.setTotal(from.index(), quota);
                ledger.record(Action.SURPLUS, List.of(from), piles.totals, List.of(), quota);
            } else {
                var continuing = ledger.continuing();
                BigDecimal fewest = continuing.stream()
                        .map(c -> piles.total(c.index()))
                        .min(BigDecimal::compareTo)
                        .orElseThrow();
                var out = ledger.settle(
                        continuing.stream()
                                .filter(c -> piles.total(c.index()).compareTo(fewest) == 0)
                                .toList(),
                        true,
                        false,
                        "exclusion");
                ledger.exclude(out);
                piles.transfer(out.index(), value -> value, ledger.continuingMask());
                piles.setTotal(out.index(), BigDecimal.ZERO);
                ledger.record(Action.EXCLUSION, List.of(out), piles.totals, List.of(), quota);
            }
        }
        if (ledger.valid.signum() > 0 && ledger.seatsLeft() > 0) {
            var rest = Ledger.byVotesDescending(ledger.continuing(), piles.totals);
            ledger.elect(rest);
            ledger.electedAtLastStage(rest);
        }
        return ledger.finish(id(), quota);
    }
}
