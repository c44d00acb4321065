package org.convener.seats;

public enum ElectionKind {
    GENERAL,
    /** An earlier result re-estimated on the current boundaries. */
    NOTIONAL,
    BY_ELECTION
}
