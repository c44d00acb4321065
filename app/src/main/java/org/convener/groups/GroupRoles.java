package org.convener.groups;

import java.util.HashSet;
import java.util.Set;
import org.convener.platform.CurrentUser;
import org.convener.platform.RoleSource;
import org.springframework.stereotype.Component;

/** Officers manage a caucus, organisers a local group; whoever manages one holds the role. */
@Component
class GroupRoles implements RoleSource {

    private final Groups groups;

    GroupRoles(Groups groups) {
        this.groups = groups;
    }

    @Override
    public Set<String> rolesOf(long personId) {
        var roles = new HashSet<String>();
        for (long groupId : groups.managedGroupIds(personId)) {
            groups.find(groupId)
                    .ifPresent(
                            g -> roles.add(g.kind() == GroupKind.CAUCUS ? CurrentUser.OFFICER : CurrentUser.ORGANISER));
        }
        return roles;
    }
}
