package org.convener.engagements;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an ask stands. An ask is drafted, raised with someone, acknowledged, committed to and
 * delivered, or else refused or dropped; it moves one step at a time, and a refused ask can be
 * raised again.
 */
public enum AskStatus {
    DRAFTED("Drafted"),
    RAISED("Raised"),
    ACKNOWLEDGED("Acknowledged"),
    COMMITTED("Committed"),
    DELIVERED("Delivered"),
    REFUSED("Refused"),
    DROPPED("Dropped");

    private final String label;

    AskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses an ask in this one may move to next. */
    public Set<AskStatus> next() {
        return switch (this) {
            case DRAFTED -> EnumSet.of(RAISED, DROPPED);
            // a commitment given when an ask is raised is an acknowledgement too
            case RAISED -> EnumSet.of(ACKNOWLEDGED, COMMITTED, REFUSED, DROPPED);
            case ACKNOWLEDGED -> EnumSet.of(COMMITTED, REFUSED, DROPPED);
            case COMMITTED -> EnumSet.of(DELIVERED, REFUSED, DROPPED);
            case REFUSED -> EnumSet.of(RAISED, DROPPED);
            case DELIVERED, DROPPED -> EnumSet.noneOf(AskStatus.class);
        };
    }

    public boolean canMoveTo(AskStatus to) {
        return next().contains(to);
    }

    public boolean closed() {
        return next().isEmpty();
    }
}
