package org.convener.people;

/**
 * How a link between a person and something others run was made: a membership of a group, or a
 * caucus keeping a stakeholder. Whether such a link lets those who run it see the person's record
 * is decided by {@link PersonAccess}, and only by it.
 */
public enum Origin {
    /** The person themself. */
    SELF("joined themself"),
    /** The person themself, by offering to take one of the group's posts. */
    VOLUNTEER("joined by offering to take a post"),
    /** The person, accepting an invitation. */
    INVITATION("joined by accepting an invitation"),
    /** An administrator, or Convener's own tools run by whoever runs the server (command line, demonstration). */
    ADMINISTRATOR("added by an administrator"),
    /** Someone who could already see the person's record (which includes whoever has just made it). */
    SIGHTED("added by someone who could already see their record"),
    /** An officer of a caucus adding an MP to that caucus; the MP sees it on their own page and can leave. */
    CAUCUS_OFFICER("added by an officer of the caucus"),
    /** Made before Convener recorded how, in a way today's rules do not allow; it gives no sight of the record. */
    UNVERIFIED("added in a way not recorded, which opens nothing");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    /** How it was made, to follow a name: "added by an administrator". */
    public String label() {
        return label;
    }

    /** The same, to start a line. */
    public String sentence() {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
