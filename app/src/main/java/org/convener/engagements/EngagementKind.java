package org.convener.engagements;

public enum EngagementKind {
    MEETING("Meeting"),
    CALL("Call"),
    BRIEFING("Briefing"),
    SPEAKER_SESSION("Speaker session"),
    HUSTINGS("Hustings");

    private final String label;

    EngagementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
