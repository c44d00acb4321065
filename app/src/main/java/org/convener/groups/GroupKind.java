package org.convener.groups;

public enum GroupKind {
    /** A parliamentary group of MPs, led by a convener. */
    CAUCUS("Caucus"),
    /** A grassroots group working in one or more constituencies or branches. */
    LOCAL_GROUP("Local group");

    private final String label;

    GroupKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
