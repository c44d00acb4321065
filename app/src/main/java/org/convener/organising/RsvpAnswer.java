package org.convener.organising;

public enum RsvpAnswer {
    YES("Coming"),
    MAYBE("Maybe"),
    NO("Not coming");

    private final String label;

    RsvpAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
