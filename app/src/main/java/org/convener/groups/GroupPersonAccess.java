package org.convener.groups;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convener.people.PersonAccess;
import org.convener.platform.CurrentUser;
import org.springframework.stereotype.Component;

/** Those who manage a group manage its members, past and present. */
@Component
class GroupPersonAccess implements PersonAccess {

    private final Groups groups;

    GroupPersonAccess(Groups groups) {
        this.groups = groups;
    }

    @Override
    public Set<Long> managedBy(CurrentUser user) {
        if (user.personId() == null) {
            return Set.of();
        }
        var managed = new HashSet<Long>();
        for (long groupId : groups.managedGroupIds(user.personId())) {
            groups.memberships(groupId).forEach(m -> managed.add(m.personId()));
        }
        return managed;
    }

    @Override
    public Optional<List<GroupChoice>> groupChoices(CurrentUser user) {
        return Optional.of(groups.all().stream()
                .filter(g -> groups.canManage(user, g.id()))
                .map(g -> new GroupChoice(g.id(), g.name()))
                .toList());
    }

    @Override
    public boolean enrol(long groupId, long personId, CurrentUser user) {
        if (!groups.canManage(user, groupId)) {
            return false;
        }
        groups.join(groupId, personId, Role.MEMBER, groups.today());
        return true;
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
