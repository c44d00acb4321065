package org.convener.people;

public enum PersonKind {
    MP("MP"),
    STAFF("Staff"),
    ACTIVIST("Activist"),
    /** A minister, adviser, official, journalist or anyone else the caucus works on. */
    STAKEHOLDER("Stakeholder"),
    OTHER("Other");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
