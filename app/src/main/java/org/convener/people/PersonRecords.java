package org.convener.people;

import java.util.Map;

/**
 * A module's part of everything held about a person, for a subject access request. The groups
 * module contributes memberships, posts and volunteering.
 */
public interface PersonRecords {

    /** A name for the part, e.g. "memberships", and its content as plain data. */
    Map<String, Object> about(long personId);

    /**
     * Removes what the module holds about the person beyond the anonymous facts (that they were a
     * member, and when). Called before the person's own record is emptied, and before their account
     * is closed, so both can still be read.
     */
    default void erase(long personId) {}
}
