package org.convener.groups.web;

import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.platform.CurrentUser;
import org.convener.platform.Refusals;

/** The checks every group page makes. */
final class Users {

    private Users() {}

    static Group viewable(Groups groups, String slug, CurrentUser user) {
        Group group = groups.find(slug).orElseThrow(() -> Refusals.notFound("There is no group " + slug + "."));
        if (!groups.canView(user, group.id())) {
            throw Refusals.forbidden("Only members of " + group.name() + " can see its page.");
        }
        return group;
    }

    static Group managed(Groups groups, String slug, CurrentUser user) {
        Group group = groups.find(slug).orElseThrow(() -> Refusals.notFound("There is no group " + slug + "."));
        if (!groups.canManage(user, group.id())) {
            throw Refusals.forbidden("Only those who run " + group.name() + " can change it.");
        }
        return group;
    }
}
