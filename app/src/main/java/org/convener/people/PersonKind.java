package org.convener.people;

public enum PersonKind {
    MP("MP"),
    STAFF("Staff"),
    ACTIVIST("Activist"),
    OTHER("Other");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
