package org.convener.count;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Meek STV, as in the Hill–Wichmann–Woodall reference algorithm (Computer Journal, Algorithm 123).
 *
 * <p>Every candidate has a keep value: 1 while hopeful, 0 once excluded, and for an elected
 * candidate the fraction of each vote reaching them that they keep. A paper gives each candidate
 * in turn that candidate's keep value of what is left of it, and passes the rest on; what is left
 * after the last preference is excess. The quota is (votes − excess) / (seats + 1). Elected
 * candidates' keep values are reduced, keep value × quota ÷ votes, and the papers counted again,
 * until the elected candidates' total surplus falls below 0.000001 of a vote (or stops falling).
 * Then every hopeful candidate over the quota is elected; if none is, the hopeful candidate with
 * the fewest votes is excluded (a tie goes against the fewest votes at the most recent earlier stage
 * where they differed, then lot). When the hopeful candidates are as many as the seats left, they
 * are elected.
 *
 * <p>Arithmetic is fixed point with nine decimal places, as in the reference: each share a
 * candidate takes from a paper, the quota and each new keep value are rounded up by the last place.
 */
public final class MeekStv implements CountingRule {

    static final int DECIMALS = 9;
    private static final long ONE = 1_000_000_000L;
    private static final long OMEGA = 1_000L;
    private static final int MAX_ITERATIONS = 10_000;

    @Override
    public String id() {
        return "meek";
    }

    @Override
    public Count count(Election election, Lot lot) {
        return new Run(election, lot).count();
    }

    private static final class Run {
        private final Election election;
        private final Ledger ledger;
        private final List<Ballot> ballots;
        private final long[] keep;
        private final long[] votes;
        private long excess;
        private long quota;

        Run(Election election, Lot lot) {
            this.election = election;
            this.ledger = new Ledger(election, DECIMALS, lot);
            this.ballots = election.usable();
            this.keep = new long[election.size()];
            this.votes = new long[election.size()];
            for (var c : election.candidates()) {
                keep[c.index()] = c.withdrawn() ? 0 : ONE;
            }
        }

        Count count() {
            Action action = Action.FIRST;
            List<Candidate> subjects = List.of();
            BigDecimal firstQuota = null;
            while (ledger.valid.signum() > 0) {
                converge();
                var totals = totals();
                if (firstQuota == null) {
                    firstQuota = units(quota);
                }
                ledger.record(action, subjects, totals, List.of(), units(quota));
                var hopeful = ledger.continuing();
                if (hopeful.size() <= ledger.seatsLeft()) {
                    var rest = Ledger.byVotesDescending(hopeful, totals);
                    ledger.elect(rest);
                    ledger.electedAtLastStage(rest);
                    break;
                }
                var over = Ledger.byVotesDescending(
                        hopeful.stream().filter(c -> votes[c.index()] >= quota).toList(), totals);
                if (!over.isEmpty()) {
                    if (over.size() > ledger.seatsLeft()) {
                        over = over.subList(0, ledger.seatsLeft());
                    }
                    ledger.elect(over);
                    ledger.electedAtLastStage(over);
                    if (ledger.seatsLeft() == 0) {
                        break;
                    }
                    action = Action.SURPLUS;
                    subjects = over;
                } else {
                    long fewest = hopeful.stream()
                            .mapToLong(c -> votes[c.index()])
                            .min()
                            .orElseThrow();
                    var out = ledger.settle(
                            hopeful.stream()
                                    .filter(c -> votes[c.index()] == fewest)
                                    .toList(),
                            true,
                            true,
                            "exclusion");
                    ledger.exclude(out);
                    keep[out.index()] = 0;
                    action = Action.EXCLUSION;
                    subjects = List.of(out);
                }
            }
            return ledger.finish("meek", firstQuota);
        }

        /** Counts the papers again and again, lowering elected keep values, until the surplus settles. */
        private void converge() {
            long last = Long.MAX_VALUE;
            for (int i = 0; i < MAX_ITERATIONS; i++) {
                distribute();
                long surplus = 0;
                boolean anyElected = false;
                for (var c : election.candidates()) {
                    if (ledger.elected(c.index())) {
                        anyElected = true;
                        surplus += Math.max(0, votes[c.index()] - quota);
                    }
                }
                if (!anyElected || surplus < OMEGA || surplus >= last) {
                    return;
                }
                last = surplus;
                for (var c : election.candidates()) {
                    int i2 = c.index();
                    if (ledger.elected(i2) && votes[i2] > 0) {
                        keep[i2] = ceilDiv(BigInteger.valueOf(keep[i2]).multiply(BigInteger.valueOf(quota)), votes[i2]);
                    }
                }
            }
        }

        private void distribute() {
            Arrays.fill(votes, 0);
            excess = 0;
            for (var b : ballots) {
                long weight = ONE;
                for (int r = 0; r < b.length() && weight > 0; r++) {
                    int c = b.at(r);
                    long k = keep[c];
                    if (k == 0) {
                        continue;
                    }
                    long share = k == ONE ? weight : Math.min(weight, Math.floorDiv(weight * k + ONE - 1, ONE));
                    votes[c] += share * b.weight();
                    weight -= share;
                }
                excess += weight * b.weight();
            }
            long total = 0;
            for (long v : votes) {
                total += v;
            }
            quota = total / (ledger.seats + 1) + 1;
        }

        private BigDecimal[] totals() {
            var t = new BigDecimal[votes.length];
            for (int i = 0; i < votes.length; i++) {
                t[i] = units(votes[i]);
            }
            return t;
        }

        private static long ceilDiv(BigInteger a, long b) {
            var d = a.add(BigInteger.valueOf(b - 1)).divide(BigInteger.valueOf(b));
            return Math.min(d.longValueExact(), ONE);
        }

        private static BigDecimal units(long v) {
            return BigDecimal.valueOf(v, DECIMALS);
        }
    }
}
