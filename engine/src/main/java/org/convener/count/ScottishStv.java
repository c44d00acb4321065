package org.convener.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Scottish STV: the weighted inclusive Gregory method as in the Scottish Local Government Elections
 * Order 2007 (SSI 2007/42), Schedule 1, rules 45 to 52, in exact decimal arithmetic to five places.
 *
 * <ul>
 *   <li>Rule 46: quota = floor(valid papers / (seats + 1)) + 1.
 *   <li>Rule 47: a candidate whose votes equal or exceed the quota is elected.
 *   <li>Rule 48: a surplus passes on all the candidate's papers, each at surplus × its value ÷ the
 *       candidate's votes, truncated to five decimal places; the fraction cut off is lost.
 *   <li>Rule 49: the largest surplus first; equal surpluses by the most votes at the most recent
 *       earlier stage where they differed, otherwise by lot.
 *   <li>Rules 50–51: with no surplus to pass on, the candidate with the fewest votes is excluded and
 *       all their papers pass on at their current values in one stage; a tie goes against the fewest
 *       votes at the most recent earlier stage where they differed, otherwise by lot.
 *   <li>Rule 52: when the continuing candidates are as many as the seats left, they are all elected
 *       and nothing more is transferred.
 * </ul>
 */
public final class ScottishStv implements CountingRule {

    static final int DECIMALS = 5;

    @Override
    public String id() {
        return "scottish-stv";
    }

    @Override
    public Count count(Election election, Lot lot) {
        var ledger = new Ledger(election, DECIMALS, lot);
        var piles = new Piles(election, DECIMALS);
        BigDecimal quota = ledger.valid
                .divideToIntegralValue(BigDecimal.valueOf(election.seats() + 1L))
                .add(BigDecimal.ONE)
                .setScale(DECIMALS);
        var pending = new ArrayList<Candidate>();

        ledger.record(Action.FIRST, List.of(), piles.totals, electReaching(ledger, piles, quota, pending), quota);
        while (ledger.seatsLeft() > 0 && ledger.valid.signum() > 0) {
            var continuing = ledger.continuing();
            if (continuing.size() <= ledger.seatsLeft()) {
                var rest = Ledger.byVotesDescending(continuing, piles.totals);
                ledger.elect(rest);
                ledger.electedAtLastStage(rest);
                break;
            }
            pending.removeIf(c -> piles.total(c.index()).compareTo(quota) <= 0);
            if (!pending.isEmpty()) {
                BigDecimal most = pending.stream()
                        .map(c -> piles.total(c.index()))
                        .max(BigDecimal::compareTo)
                        .orElseThrow();
                var tied = pending.stream()
                        .filter(c -> piles.total(c.index()).compareTo(most) == 0)
                        .toList();
                var from = ledger.settle(tied, false, true, "the first surplus");
                pending.remove(from);
                BigDecimal votes = piles.total(from.index());
                BigDecimal surplus = votes.subtract(quota);
                piles.transfer(
                        from.index(),
                        value -> value.multiply(surplus).divide(votes, DECIMALS, RoundingMode.DOWN),
                        ledger.continuingMask());
                piles.setTotal(from.index(), quota);
                ledger.record(
                        Action.SURPLUS,
                        List.of(from),
                        piles.totals,
                        electReaching(ledger, piles, quota, pending),
                        quota);
            } else {
                BigDecimal fewest = continuing.stream()
                        .map(c -> piles.total(c.index()))
                        .min(BigDecimal::compareTo)
                        .orElseThrow();
                var tied = continuing.stream()
                        .filter(c -> piles.total(c.index()).compareTo(fewest) == 0)
                        .toList();
                var out = ledger.settle(tied, true, true, "exclusion");
                ledger.exclude(out);
                piles.transfer(out.index(), value -> value, ledger.continuingMask());
                piles.setTotal(out.index(), BigDecimal.ZERO);
                ledger.record(
                        Action.EXCLUSION,
                        List.of(out),
                        piles.totals,
                        electReaching(ledger, piles, quota, pending),
                        quota);
            }
        }
        return ledger.finish(id(), quota);
    }

    /** Rule 47: elects every continuing candidate at or over the quota, most votes first. */
    private static List<Candidate> electReaching(
            Ledger ledger, Piles piles, BigDecimal quota, List<Candidate> pending) {
        var reaching = ledger.continuing().stream()
                .filter(c -> piles.total(c.index()).compareTo(quota) >= 0)
                .toList();
        int room = ledger.seatsLeft();
        var elected = Ledger.byVotesDescending(reaching, piles.totals);
        if (elected.size() > room) {
            elected = elected.subList(0, room);
        }
        ledger.elect(elected);
        pending.addAll(elected);
        return elected;
    }
}
