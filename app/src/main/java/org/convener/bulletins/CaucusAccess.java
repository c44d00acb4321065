package org.convener.bulletins;

import java.util.Optional;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.platform.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The caucuses bulletins are about, and who may see or run them, through the groups module's rules. */
@Component
public class CaucusAccess {

    private final Groups groups;

    CaucusAccess(Groups groups) {
        this.groups = groups;
    }

    public Optional<Group> find(String slug) {
        return groups.find(slug).filter(g -> g.kind() == GroupKind.CAUCUS);
    }

    public Optional<Group> find(long id) {
        return groups.find(id).filter(g -> g.kind() == GroupKind.CAUCUS);
    }

    public java.util.List<Group> all() {
        return groups.all().stream().filter(g -> g.kind() == GroupKind.CAUCUS).toList();
    }

    public boolean sees(Optional<CurrentUser> user, long caucusId) {
        return user.isPresent() && groups.canView(user.get(), caucusId);
    }

    public boolean runs(Optional<CurrentUser> user, long caucusId) {
        return user.isPresent() && groups.canManage(user.get(), caucusId);
    }

    void requireRuns(CurrentUser user, long caucusId) {
        if (!groups.canManage(user, caucusId)) {
            throw new AccessDeniedException("only the caucus's officers and administrators may do that");
        }
    }
}
