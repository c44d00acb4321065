package org.convener.count;

/** What happened at a stage of a count. */
public enum Action {
    /** First preferences (or, for approval, every mark) counted. */
    FIRST,
    /** An elected candidate's surplus passed on. */
    SURPLUS,
    /** A candidate excluded and their papers passed on. */
    EXCLUSION;

    /** The word used in the JSON results format. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
