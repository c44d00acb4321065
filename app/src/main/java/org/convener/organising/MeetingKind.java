package org.convener.organising;

/** A group's own meeting, with minutes, or an event in its community. */
public enum MeetingKind {
    MEETING("Group meeting"),
    STALL("Street stall"),
    LITTER_PICK("Litter pick"),
    ADVICE_SURGERY("Advice surgery"),
    SOCIAL("Social"),
    OTHER_EVENT("Other event");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it keeps minutes, decisions and action points: the group's own meetings do. */
    public boolean minuted() {
        return this == MEETING;
    }
}
