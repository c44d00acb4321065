package org.convener.count;

import java.math.BigDecimal;
import java.util.List;

/**
 * Instant-runoff (the alternative vote), for one seat. Papers are counted for their first
 * preferences; while no candidate holds more than half of the votes still in play, the candidate
 * with the fewest votes is excluded and each of their papers passes to the next candidate on it
 * still in the count (a paper with none left is exhausted and leaves the count). A tie for the
 * fewest goes against the candidate who had fewer votes at the most recent earlier round where
 * they differed, and otherwise is settled by lot.
 */
public final class InstantRunoff implements CountingRule {

    @Override
    public String id() {
        return "irv";
    }

    @Override
    public Count count(Election election, Lot lot) {
        if (election.seats() != 1) {
            throw new IllegalArgumentException("instant-runoff fills one seat, but this election has "
                    + election.seats() + "; use scottish-stv or meek for several seats");
        }
        var ledger = new Ledger(election, 0, lot);
        var piles = new Piles(election, 0);
        ledger.record(Action.FIRST, List.of(), piles.totals, List.of(), null);
        while (ledger.valid.signum() > 0) {
            var continuing = ledger.continuing();
            BigDecimal inPlay =
                    continuing.stream().map(c -> piles.total(c.index())).reduce(BigDecimal.ZERO, BigDecimal::add);
            var leader = Ledger.byVotesDescending(continuing, piles.totals).get(0);
            if (continuing.size() == 1
                    || piles.total(leader.index())
                                    .multiply(BigDecimal.valueOf(2))
                                    .compareTo(inPlay)
                            > 0) {
                ledger.elect(List.of(leader));
                ledger.electedAtLastStage(List.of(leader));
                break;
            }
            BigDecimal fewest = continuing.stream()
                    .map(c -> piles.total(c.index()))
                    .min(BigDecimal::compareTo)
                    .orElseThrow();
            var tied = continuing.stream()
                    .filter(c -> piles.total(c.index()).compareTo(fewest) == 0)
                    .toList();
            var out = ledger.settle(tied, true, true, "exclusion");
            ledger.exclude(out);
            piles.transfer(out.index(), v -> v, ledger.continuingMask());
            piles.setTotal(out.index(), BigDecimal.ZERO);
            ledger.record(Action.EXCLUSION, List.of(out), piles.totals, List.of(), null);
        }
        return ledger.finish(id(), null);
    }
}
