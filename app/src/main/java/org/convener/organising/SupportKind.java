package org.convener.organising;

/** Help a candidate needs to stand on equal terms. */
public enum SupportKind {
    COSTS("Help with costs"),
    CHILDCARE("Childcare"),
    TIME_OFF("Time off work"),
    TRAVEL("Travel"),
    ACCESS("Access needs"),
    OTHER("Other");

    private final String label;

    SupportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
