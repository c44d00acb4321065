package org.convener.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Each party's fraction of the valid vote; parties not listed have none. */
public final class VoteShares {

    private static final double TOLERANCE = 1e-9;

    private final EnumMap<Party, Double> shares;

    private VoteShares(EnumMap<Party, Double> shares) {
        this.shares = shares;
    }

    /** Shares as fractions (0.35 for 35%); they may sum to less than one but not to more. */
    public static VoteShares of(Map<Party, Double> fractions) {
        var copy = new EnumMap<Party, Double>(Party.class);
        double total = 0;
        for (var entry : fractions.entrySet()) {
            double share = entry.getValue();
            if (!(share >= 0 && share <= 1 + TOLERANCE)) {
                throw new IllegalArgumentException(
                        entry.getKey().code() + " share must be between 0 and 1, was " + share);
            }
            total += share;
            copy.put(entry.getKey(), share);
        }
        if (total > 1 + 1e-6) {
            throw new IllegalArgumentException("shares sum to " + total + ", more than the whole vote");
        }
        return new VoteShares(copy);
    }

    public static VoteShares ofVotes(Map<Party, Long> votes) {
        long total = votes.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("no votes to share");
        }
        var fractions = new EnumMap<Party, Double>(Party.class);
        votes.forEach((party, v) -> fractions.put(party, (double) v / total));
        return new VoteShares(fractions);
    }

    public double get(Party party) {
        return shares.getOrDefault(party, 0.0);
    }

    public boolean contains(Party party) {
        return shares.containsKey(party);
    }

    /** Change in a party's share from an earlier result, as a fraction. */
    public double changeSince(VoteShares earlier, Party party) {
        return get(party) - earlier.get(party);
    }

    public Map<Party, Double> asMap() {
        return Collections.unmodifiableMap(shares);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoteShares other && shares.equals(other.shares);
    }

    @Override
    public int hashCode() {
        return shares.hashCode();
    }

    @Override
    public String toString() {
        return shares.toString();
    }
}
