package org.convener.engagements;

public enum StakeholderCategory {
    MINISTER("Minister"),
    ADVISER("Adviser"),
    OFFICIAL("Official"),
    PARTY_OFFICIAL("Party official"),
    POLLSTER("Pollster"),
    THINK_TANK("Think tank"),
    JOURNALIST("Journalist"),
    OTHER("Other");

    private final String label;

    StakeholderCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
