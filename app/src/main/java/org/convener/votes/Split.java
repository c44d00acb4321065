package org.convener.votes;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a set of MPs divided. Tellers count with the side they told for: they are whipped like
 * anyone else. Votes in both lobbies are kept apart and count for neither side.
 */
public record Split(int ayes, int noes, int both) {

    public static final Split NONE = new Split(0, 0, 0);

    public Split {
        if (ayes < 0 || noes < 0 || both < 0) {
            throw new IllegalArgumentException("a split cannot have negative counts");
        }
    }

    public static Split of(Collection<MpVote> votes) {
        Split split = NONE;
        for (MpVote vote : votes) {
            split = split.plus(vote.lobby());
        }
        return split;
    }

    public Split plus(Lobby lobby) {
        return switch (lobby) {
            case AYE -> new Split(ayes + 1, noes, both);
            case NO -> new Split(ayes, noes + 1, both);
            case BOTH -> new Split(ayes, noes, both + 1);
        };
    }

    /** Those who went one way or the other. */
    public int voting() {
        return ayes + noes;
    }

    /**
     * The Rice index: |ayes − noes| / (ayes + noes). 1 when everyone voting went the same way, 0 when
     * they split evenly; empty when nobody voted aye or no.
     */
    public OptionalDouble rice() {
        return voting() == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.abs(ayes - noes) / (double) voting());
    }

    /** The side most went; empty on a tie or when nobody voted. */
    public Optional<Lobby> majority() {
        if (ayes == noes) {
            return Optional.empty();
        }
        return Optional.of(ayes > noes ? Lobby.AYE : Lobby.NO);
    }

    /** Whether some went each way. */
    public boolean divided() {
        return ayes > 0 && noes > 0;
    }

    /** For pages: "7–360", with "(2 both)" when any voted both ways. */
    public String describe() {
        return ayes + "–" + noes + (both > 0 ? " (" + both + " both)" : "");
    }
}
