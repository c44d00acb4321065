package org.convener.votes;

/** Where a division's per-MP list comes from. When both hold a division, the official list is used. */
public enum Source {
    /** The official Commons Votes service, one document per division. */
    COMMONS_VOTES("the Commons Votes service", 0),
    /** The division lists as Public Whip compiled them, with counts from Commons Votes (via mySociety). */
    PUBLIC_WHIP("Public Whip's per-MP list", 1);

    private final String label;
    private final int preference;

    Source(String label, int preference) {
        this.label = label;
        this.preference = preference;
    }

    public String label() {
        return label;
    }

    /** Lower is preferred when two sources hold the same division. */
    int preference() {
        return preference;
    }
}
