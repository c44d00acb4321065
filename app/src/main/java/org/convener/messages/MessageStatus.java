package org.convener.messages;

public enum MessageStatus {
    DRAFT("Draft"),
    SCHEDULED("Scheduled"),
    SENT("Sent"),
    CANCELLED("Cancelled");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
