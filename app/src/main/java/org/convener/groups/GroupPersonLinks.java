package org.convener.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonLinks;
import org.convener.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Current memberships of the groups a user manages, with how each was made: the people module
 * decides which of them open a member's record. A membership that has ended (the person left, or
 * was taken off) opens nothing.
 */
@Component
class GroupPersonLinks implements PersonLinks {

    private final Groups groups;
    private final People people;

    GroupPersonLinks(Groups groups, People people) {
        this.groups = groups;
        this.people = people;
    }

    @Override
    public List<Link> linksOf(CurrentUser user) {
        if (user.personId() == null) {
            return List.of();
        }
        var links = new ArrayList<Link>();
        for (long groupId : groups.managedGroupIds(user.personId())) {
            groups.currentMemberships(groupId).forEach(m -> links.add(new Link(m.personId(), m.origin())));
        }
        return links;
    }

    @Override
    public Optional<List<GroupChoice>> groupChoices(CurrentUser user) {
        return Optional.of(groups.all().stream()
                .filter(g -> groups.canManage(user, g.id()))
                .map(g -> new GroupChoice(g.id(), g.name()))
                .toList());
    }

    @Override
    public Optional<Person> enrolNew(long groupId, PersonDraft draft, CurrentUser user) {
        if (!groups.canManage(user, groupId)) {
            return Optional.empty();
        }
        var membership = groups.enrolNew(groupId, draft, Role.MEMBER, groups.today());
        return people.find(membership.personId());
    }

    @Override
    public Set<Long> membersOf(long groupId, CurrentUser user) {
        if (!groups.canManage(user, groupId)) {
            return Set.of();
        }
        var members = new HashSet<Long>();
        groups.currentMemberships(groupId).forEach(m -> members.add(m.personId()));
        return members;
    }
}
