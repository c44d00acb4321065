package org.convener.organising;

/** What a candidate wants to stand for. */
public enum Office {
    COUNCIL("Council"),
    PARLIAMENT("Parliament"),
    PARTY_OFFICE("Party office");

    private final String label;

    Office(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
