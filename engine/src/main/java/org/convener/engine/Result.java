package org.convener.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;

/** The votes cast in one constituency at one election, highest first. */
public record Result(ConstituencyCode constituency, List<Candidacy> candidacies) {

    public Result {
        Objects.requireNonNull(constituency, "constituency");
        if (candidacies == null || candidacies.isEmpty()) {
            throw new IllegalArgumentException("result for " + constituency + " has no candidacies");
        }
        var sorted = new ArrayList<>(candidacies);
        sorted.sort(Comparator.comparingLong(Candidacy::votes).reversed());
        candidacies = List.copyOf(sorted);
        if (candidacies.get(0).votes() == 0) {
            throw new IllegalArgumentException("result for " + constituency + " has no votes");
        }
    }

    public long validVotes() {
        return candidacies.stream().mapToLong(Candidacy::votes).sum();
    }

    public Candidacy winner() {
        return candidacies.get(0);
    }

    /** The runner-up; in an uncontested result there is none and the winner's margin is all its votes. */
    public Candidacy second() {
        return candidacies.size() > 1 ? candidacies.get(1) : null;
    }

    public Party winningParty() {
        return winner().party();
    }

    public Party secondParty() {
        Candidacy second = second();
        return second == null ? null : second.party();
    }

    public long majority() {
        Candidacy second = second();
        return winner().votes() - (second == null ? 0 : second.votes());
    }

    /** Majority as a fraction of valid votes. */
    public double majorityShare() {
        return (double) majority() / validVotes();
    }

    /**
     * The two-party swing, as a fraction of valid votes, that the runner-up needs to take the
     * seat: half the gap between the first two.
     */
    public double swingToOvertake() {
        return majorityShare() / 2;
    }

    /** Votes for a party, summed over its candidates. */
    public long votes(Party party) {
        return candidacies.stream()
                .filter(c -> c.party() == party)
                .mapToLong(Candidacy::votes)
                .sum();
    }

    public VoteShares shares() {
        var votes = new EnumMap<Party, Long>(Party.class);
        for (Candidacy c : candidacies) {
            votes.merge(c.party(), c.votes(), Long::sum);
        }
        return VoteShares.ofVotes(votes);
    }

    /** Share of one candidacy in this result. */
    public double share(Candidacy candidacy) {
        return (double) candidacy.votes() / validVotes();
    }
}
