package org.convener.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The running record of a count that every rule keeps the same way: each candidate's state,
 * the stages so far, who was elected in which group and who was excluded, and the lots drawn.
 */
final class Ledger {

    enum State {
        CONTINUING,
        ELECTED,
        EXCLUDED
    }

    final Election election;
    final int seats;
    final BigDecimal valid;
    final int decimals;
    private final State[] state;
    private final List<Stage> stages = new ArrayList<>();
    private final List<List<Candidate>> electedGroups = new ArrayList<>();
    private final List<Candidate> excluded = new ArrayList<>();
    private final List<String> ties = new ArrayList<>();
    private final Lot lot;

    Ledger(Election election, int decimals, Lot lot) {
        this.election = election;
        this.seats = election.seats();
        this.valid = election.validBallots().setScale(decimals, RoundingMode.UNNECESSARY);
        this.decimals = decimals;
        this.lot = lot;
        this.state = new State[election.size()];
        for (var c : election.candidates()) {
            state[c.index()] = c.withdrawn() ? State.EXCLUDED : State.CONTINUING;
        }
    }

    boolean continuing(int c) {
        return state[c] == State.CONTINUING;
    }

    boolean elected(int c) {
        return state[c] == State.ELECTED;
    }

    List<Candidate> continuing() {
        return election.candidates().stream()
                .filter(c -> state[c.index()] == State.CONTINUING)
                .toList();
    }

    boolean[] continuingMask() {
        var mask = new boolean[state.length];
        for (int i = 0; i < state.length; i++) {
            mask[i] = state[i] == State.CONTINUING;
        }
        return mask;
    }

    int electedCount() {
        return electedGroups.stream().mapToInt(List::size).sum();
    }

    int seatsLeft() {
        return seats - electedCount();
    }

    /** Elects a group at once, in the order given. */
    void elect(List<Candidate> group) {
        if (group.isEmpty()) {
            return;
        }
        for (var c : group) {
            if (state[c.index()] != State.CONTINUING) {
                throw new IllegalStateException(c + " is not continuing");
            }
            state[c.index()] = State.ELECTED;
        }
        electedGroups.add(List.copyOf(group));
    }

    void exclude(Candidate c) {
        if (state[c.index()] != State.CONTINUING) {
            throw new IllegalStateException(c + " is not continuing");
        }
        state[c.index()] = State.EXCLUDED;
        excluded.add(c);
    }

    List<Candidate> excludedSoFar() {
        return List.copyOf(excluded);
    }

    /** Records a stage; totals are scaled to the rule's decimals and excluded candidates show 0. */
    Stage record(
            Action action,
            List<Candidate> subjects,
            BigDecimal[] totals,
            List<Candidate> electedNow,
            BigDecimal quota) {
        var scaled = new ArrayList<BigDecimal>(totals.length);
        var sum = BigDecimal.ZERO;
        for (int i = 0; i < totals.length; i++) {
            BigDecimal v = state[i] == State.EXCLUDED || totals[i] == null ? BigDecimal.ZERO : totals[i];
            v = v.setScale(decimals, RoundingMode.DOWN);
            scaled.add(v);
            sum = sum.add(v);
        }
        var stage = new Stage(
                stages.size() + 1,
                action,
                subjects,
                scaled,
                valid.subtract(sum),
                electedNow,
                excludedSoFar(),
                quota == null ? null : quota.setScale(decimals, RoundingMode.HALF_EVEN));
        stages.add(stage);
        return stage;
    }

    /** Adds candidates elected after the latest stage was recorded to that stage's list. */
    void electedAtLastStage(List<Candidate> more) {
        if (more.isEmpty()) {
            return;
        }
        var last = stages.remove(stages.size() - 1);
        var all = new ArrayList<>(last.elected());
        all.addAll(more);
        stages.add(new Stage(
                last.number(),
                last.action(),
                last.subjects(),
                last.totals(),
                last.nonTransferable(),
                all,
                last.excludedSoFar(),
                last.quota()));
    }

    List<Stage> stages() {
        return List.copyOf(stages);
    }

    /**
     * Settles a tie between candidates: first by the most recent earlier stage at which their votes
     * differed (the fewest, when {@code fewest}, else the most), if {@code lookBack}; then by lot.
     */
    Candidate settle(List<Candidate> tied, boolean fewest, boolean lookBack, String purpose) {
        if (tied.size() == 1) {
            return tied.get(0);
        }
        List<Candidate> still = tied;
        if (lookBack) {
            for (int s = stages.size() - 2; s >= 0 && still.size() > 1; s--) {
                var totals = stages.get(s).totals();
                Comparator<Candidate> byVotes = Comparator.comparing(c -> totals.get(c.index()));
                var extreme = fewest
                        ? still.stream().min(byVotes).orElseThrow()
                        : still.stream().max(byVotes).orElseThrow();
                BigDecimal v = totals.get(extreme.index());
                var narrowed = still.stream()
                        .filter(c -> totals.get(c.index()).compareTo(v) == 0)
                        .toList();
                if (narrowed.size() < still.size()) {
                    still = narrowed;
                    if (still.size() == 1) {
                        ties.add("Tie for " + purpose + " between " + names(tied) + ": settled by the votes at stage "
                                + (s + 1) + ", " + still.get(0).name());
                    }
                }
            }
            if (still.size() == 1) {
                return still.get(0);
            }
        }
        var drawn = lot.draw(still.stream()
                .sorted(Comparator.comparingInt(Candidate::number))
                .toList());
        ties.add("Tie for " + purpose + " between " + names(still) + ": by lot (" + lot.describe() + "), "
                + drawn.name());
        return drawn;
    }

    private static String names(List<Candidate> cs) {
        return String.join(", ", cs.stream().map(Candidate::name).toList());
    }

    Count finish(String rule, BigDecimal quota) {
        return new Count(
                rule,
                election,
                seats,
                valid,
                quota == null ? null : quota.setScale(decimals, RoundingMode.HALF_EVEN),
                decimals,
                electedGroups,
                excluded,
                stages,
                ties);
    }

    /** Candidates in order of votes, most first; equal votes keep file order. */
    static List<Candidate> byVotesDescending(List<Candidate> cs, BigDecimal[] totals) {
        return cs.stream()
                .sorted(Comparator.comparing((Candidate c) -> totals[c.index()])
                        .reversed()
                        .thenComparingInt(Candidate::number))
                .toList();
    }
}
