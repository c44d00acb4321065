package org.convener.engagements;

import java.util.List;
import org.convener.groups.Group;
import org.convener.people.PersonLinks;
import org.convener.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The stakeholders kept by the caucuses a user runs, with how each came to be kept: the people
 * module decides which open the stakeholder's contact details to the caucus's officers.
 */
@Component
class StakeholderLinks implements PersonLinks {

    private final Stakeholders stakeholders;
    private final Caucuses caucuses;

    StakeholderLinks(Stakeholders stakeholders, Caucuses caucuses) {
        this.stakeholders = stakeholders;
        this.caucuses = caucuses;
    }

    @Override
    public List<Link> linksOf(CurrentUser user) {
        if (user.personId() == null) {
            return List.of();
        }
        var run = caucuses.runBy(user).stream().map(Group::id).toList();
        return stakeholders.keepers(run).stream()
                .map(k -> new Link(k.personId(), k.origin()))
                .toList();
    }
}
