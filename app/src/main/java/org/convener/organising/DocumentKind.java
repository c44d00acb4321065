package org.convener.organising;

public enum DocumentKind {
    FOCUS_GROUP("Focus-group report"),
    POLLING_MEMO("Polling memo"),
    BRIEFING("Briefing"),
    REPORT("Report"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
