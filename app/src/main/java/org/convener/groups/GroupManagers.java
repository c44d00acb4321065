package org.convener.groups;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who runs a group now: its conveners, officers or organisers, and the holders of its posts. */
@Component
public class GroupManagers {

    private final Groups groups;

    GroupManagers(Groups groups) {
        this.groups = groups;
    }

    public Set<Long> of(long groupId) {
        var managers = new LinkedHashSet<Long>();
        var group = groups.find(groupId).orElse(null);
        if (group == null) {
            return managers;
        }
        groups.currentMemberships(groupId).stream()
                .filter(m -> m.role().manages(group.kind()))
                .forEach(m -> managers.add(m.personId()));
        groups.posts(groupId).forEach(post -> post.current().ifPresent(h -> managers.add(h.personId())));
        return managers;
    }
}
