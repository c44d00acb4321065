package org.convener.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a count starts from: the candidates, the seats to fill and the ballots cast. */
public record Election(String title, int seats, List<Candidate> candidates, List<Ballot> ballots) {

    public Election {
        title = Candidate.tidy(title);
        if (seats < 1) {
            throw new IllegalArgumentException("an election fills at least one seat, not " + seats);
        }
        candidates = List.copyOf(candidates);
        ballots = List.copyOf(ballots);
        var names = new HashSet<String>();
        for (int i = 0; i < candidates.size(); i++) {
            var c = candidates.get(i);
            if (c.number() != i + 1) {
                throw new IllegalArgumentException("candidate " + c.name() + " should be number " + (i + 1));
            }
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("two candidates are named " + c.name() + "; names must differ");
            }
        }
        for (var b : ballots) {
            for (int c : b.ranking()) {
                if (c < 0 || c >= candidates.size()) {
                    throw new IllegalArgumentException(
                            "a ballot ranks candidate " + (c + 1) + " of " + candidates.size());
                }
            }
        }
    }

    /** The same election with another number of seats. */
    public Election withSeats(int n) {
        return new Election(title, n, candidates, ballots);
    }

    public Candidate candidate(int index) {
        return candidates.get(index);
    }

    public int size() {
        return candidates.size();
    }

    /** Candidates standing: all but the withdrawn. */
    public List<Candidate> standing() {
        return candidates.stream().filter(c -> !c.withdrawn()).toList();
    }

    /**
     * The ballots as counted: withdrawn candidates taken out of each ranking, identical rankings
     * merged, and ballots left with no preference dropped (they are not valid votes).
     */
    List<Ballot> usable() {
        var merged = new LinkedHashMap<List<Integer>, Long>();
        for (var b : ballots) {
            var ranks = new ArrayList<Integer>(b.length());
            for (int i = 0; i < b.length(); i++) {
                if (!candidates.get(b.at(i)).withdrawn()) {
                    ranks.add(b.at(i));
                }
            }
            if (!ranks.isEmpty()) {
                merged.merge(ranks, b.weight(), Long::sum);
            }
        }
        var out = new ArrayList<Ballot>(merged.size());
        for (Map.Entry<List<Integer>, Long> e : merged.entrySet()) {
            out.add(new Ballot(
                    e.getValue(),
                    e.getKey().stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    /** Papers that count: those with at least one preference for a candidate standing. */
    public BigDecimal validBallots() {
        return BigDecimal.valueOf(usable().stream().mapToLong(Ballot::weight).sum());
    }

    /** Every paper in the file, valid or not. */
    public long papers() {
        return ballots.stream().mapToLong(Ballot::weight).sum();
    }

    @Override
    public String toString() {
        return title + " (" + seats + " of " + candidates.size() + ", " + papers() + " papers) "
                + Arrays.toString(candidates.toArray());
    }
}
