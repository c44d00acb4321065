package org.convener.organising;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a candidate stands. A member interested in standing develops, becomes ready, applies, is
 * shortlisted, selected and elected, one step at a time; a candidate not shortlisted, not selected
 * or not elected goes back to ready for the next chance, one who needs more development back to
 * developing; anyone may step back, and someone who stepped back may come back as interested or
 * developing. Nothing skips a step, and elected is the end of a candidacy.
 */
public enum Stage {
    INTERESTED("Interested"),
    DEVELOPING("Developing"),
    READY("Ready"),
    APPLIED("Applied"),
    SHORTLISTED("Shortlisted"),
    SELECTED("Selected"),
    ELECTED("Elected"),
    STEPPED_BACK("Stepped back");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stages a candidate at this one may move to next. */
    public Set<Stage> next() {
        return switch (this) {
            case INTERESTED -> EnumSet.of(DEVELOPING, STEPPED_BACK);
            case DEVELOPING -> EnumSet.of(READY, STEPPED_BACK);
            case READY -> EnumSet.of(APPLIED, DEVELOPING, STEPPED_BACK);
            case APPLIED -> EnumSet.of(SHORTLISTED, READY, STEPPED_BACK);
            case SHORTLISTED -> EnumSet.of(SELECTED, READY, STEPPED_BACK);
            case SELECTED -> EnumSet.of(ELECTED, READY, STEPPED_BACK);
            case ELECTED -> EnumSet.noneOf(Stage.class);
            case STEPPED_BACK -> EnumSet.of(INTERESTED, DEVELOPING);
        };
    }

    public boolean canMoveTo(Stage to) {
        return next().contains(to);
    }

    /** The stages on the board's columns, in order. */
    public static Stage[] board() {
        return values();
    }
}
