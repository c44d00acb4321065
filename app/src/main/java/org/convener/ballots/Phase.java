package org.convener.ballots;

/** Where a contest is, by the clock. */
public enum Phase {
    NOMINATIONS("Nominations open"),
    WAITING("Nominations closed"),
    VOTING("Voting open"),
    CLOSED("Closed, being counted"),
    COUNTED("Result declared");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
