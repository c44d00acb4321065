package org.convener.count;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Approval voting: a paper counts once for every candidate marked on it, in any order; the
 * candidates with the most approvals take the seats. A tie for the last seat is settled by lot.
 */
public final class ApprovalVoting implements CountingRule {

    @Override
    public String id() {
        return "approval";
    }

    @Override
    public Count count(Election election, Lot lot) {
        var ledger = new Ledger(election, 0, lot);
        var totals = new BigDecimal[election.size()];
        Arrays.fill(totals, BigDecimal.ZERO);
        for (var b : election.usable()) {
            for (int c : b.ranking()) {
                totals[c] = totals[c].add(BigDecimal.valueOf(b.weight()));
            }
        }
        return FirstPastThePost.Plurality.fill(ledger, totals, id());
    }
}
