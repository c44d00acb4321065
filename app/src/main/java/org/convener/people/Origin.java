package org.convener.people;

/**
 * How a link between a person and something others run was made: a membership of a group, or a
 * caucus keeping a stakeholder. Whether such a link lets those who run it see the person's record
 * is decided by {@link PersonAccess}, and only by it.
 */
public enum Origin {
    /** The person themself. */
    SELF("by themself"),
    /** The person themself, by offering to take one of the group's posts. */
    VOLUNTEER("by themself, offering to take a post"),
    /** The person, accepting an invitation. */
    INVITATION("by accepting an invitation"),
    /** An administrator, or Convener's own tools run by whoever runs the server (command line, demonstration). */
    ADMINISTRATOR("by an administrator"),
    /** Someone who could already see the person's record (which includes whoever has just made it). */
    SIGHTED("by someone who could already see their record"),
    /** An officer of a caucus adding an MP to that caucus; the MP sees it on their own page and can leave. */
    CAUCUS_OFFICER("by an officer of the caucus"),
    /** Made before Convener recorded how, in a way today's rules do not allow; it gives no sight of the record. */
    UNVERIFIED("in a way not recorded");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
