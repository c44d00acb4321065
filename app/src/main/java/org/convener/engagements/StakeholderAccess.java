package org.convener.engagements;

import java.util.Set;
import java.util.stream.Collectors;
import org.convener.people.People;
import org.convener.people.PersonAccess;
import org.convener.people.PersonKind;
import org.convener.platform.CurrentUser;
import org.springframework.stereotype.Component;

/** Caucus officers work with stakeholders, so they may see and keep their contact details. */
@Component
class StakeholderAccess implements PersonAccess {

    private final People people;

    StakeholderAccess(People people) {
        this.people = people;
    }

    @Override
    public Set<Long> managedBy(CurrentUser user) {
        if (!user.has(CurrentUser.OFFICER)) {
            return Set.of();
        }
        return people.ofKind(PersonKind.STAKEHOLDER).stream().map(p -> p.id()).collect(Collectors.toSet());
    }
}
