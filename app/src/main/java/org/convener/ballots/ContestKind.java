package org.convener.ballots;

/** What a contest decides. */
public enum ContestKind {
    ENDORSEMENT("Endorsement", "whom the group backs; the winner becomes the group's recorded endorsement"),
    OFFICER("Officer election", "who holds one of the group's posts"),
    SELECTION("Selection", "whom the group supports for a selection");

    private final String label;
    private final String explanation;

    ContestKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
