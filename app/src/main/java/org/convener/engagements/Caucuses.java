package org.convener.engagements;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Whose caucus work a user may see or run: a caucus's officers and convener run its engagements,
 * asks and letters; its members see them; administrators see and run all.
 */
@Component
public class Caucuses {

    private final Groups groups;

    Caucuses(Groups groups) {
        this.groups = groups;
    }

    public List<Group> all() {
        return groups.all().stream().filter(g -> g.kind() == GroupKind.CAUCUS).toList();
    }

    public Optional<Group> find(long id) {
        return groups.find(id).filter(g -> g.kind() == GroupKind.CAUCUS);
    }

    public Optional<Group> find(String slug) {
        return groups.find(slug).filter(g -> g.kind() == GroupKind.CAUCUS);
    }

    public boolean canRun(CurrentUser user, long caucusId) {
        return find(caucusId).isPresent() && groups.canManage(user, caucusId);
    }

    public boolean canSee(CurrentUser user, long caucusId) {
        return find(caucusId).isPresent() && groups.canView(user, caucusId);
    }

    public List<Group> runBy(CurrentUser user) {
        return all().stream().filter(g -> groups.canManage(user, g.id())).toList();
    }

    public List<Group> seenBy(CurrentUser user) {
        return all().stream().filter(g -> groups.canView(user, g.id())).toList();
    }

    public Set<Long> idsSeenBy(CurrentUser user) {
        return seenBy(user).stream().map(Group::id).collect(Collectors.toSet());
    }

    /** Whether the person is a member of the caucus now, in any role. */
    public boolean isMember(long caucusId, long personId) {
        return groups.currentMemberships(caucusId).stream().anyMatch(m -> m.personId() == personId);
    }

    /** The caucuses a person belongs to now. */
    public List<Group> of(long personId) {
        var ids = groups.membershipsOf(personId).stream()
                .filter(m -> m.open())
                .map(m -> m.groupId())
                .collect(Collectors.toSet());
        return all().stream().filter(g -> ids.contains(g.id())).toList();
    }

    public List<Long> currentMembers(long caucusId) {
        return groups.currentMemberships(caucusId).stream()
                .map(m -> m.personId())
                .toList();
    }

    public String name(long caucusId) {
        return find(caucusId).map(Group::name).orElse("caucus " + caucusId);
    }
}
