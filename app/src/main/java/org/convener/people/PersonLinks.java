package org.convener.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convener.platform.CurrentUser;

/**
 * What links people to the things a user runs, for {@link PersonAccess} to judge: the groups module
 * contributes memberships of the groups a user manages, the engagements module the stakeholders
 * kept by the caucuses a user is an officer of. It also lets the people pages offer groups.
 */
public interface PersonLinks {

    /** A person linked to something the user runs, and how the link was made. */
    record Link(long personId, Origin origin) {}

    /** Every link in force from what the user runs to people. */
    List<Link> linksOf(CurrentUser user);

    /** The groups people can be filtered by, as (id, name), for a user. */
    default Optional<List<GroupChoice>> groupChoices(CurrentUser user) {
        return Optional.empty();
    }

    /** The people in a group, if the user may see them. */
    default Set<Long> membersOf(long groupId, CurrentUser user) {
        return Set.of();
    }

    /**
     * Records a new person and makes them a member of a group the user manages, from today, in one
     * transaction; empty when the user does not manage the group.
     */
    default Optional<Person> enrolNew(long groupId, PersonDraft draft, CurrentUser user) {
        return Optional.empty();
    }

    record GroupChoice(long id, String name) {}
}
