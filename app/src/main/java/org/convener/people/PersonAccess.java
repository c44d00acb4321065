package org.convener.people;

import java.util.Optional;
import java.util.Set;
import org.convener.platform.CurrentUser;

/**
 * Who may see and change whom. The groups module answers, from who manages which group; without
 * it only administrators and the person themself have access.
 */
public interface PersonAccess {

    /** The people a user manages (members of groups they convene, officer or organise); empty for none. */
    Set<Long> managedBy(CurrentUser user);

    /** The groups people can be filtered by, as (id, name), for a user. */
    default Optional<java.util.List<GroupChoice>> groupChoices(CurrentUser user) {
        return Optional.empty();
    }

    /** The people in a group, if the user may see them. */
    default Set<Long> membersOf(long groupId, CurrentUser user) {
        return Set.of();
    }

    /** Adds a new person to a group the user manages, as a member from today; false if the user cannot. */
    default boolean enrol(long groupId, long personId, CurrentUser user) {
        return false;
    }

    record GroupChoice(long id, String name) {}
}
