package org.convener.letters;

/** A letter is drafted, opened for signatures, locked, then published. */
public enum LetterStatus {
    DRAFT("Draft"),
    OPEN("Open for signatures"),
    LOCKED("Locked"),
    PUBLISHED("Published");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Once locked, the text and the signatories are fixed. */
    public boolean fixed() {
        return this == LOCKED || this == PUBLISHED;
    }
}
