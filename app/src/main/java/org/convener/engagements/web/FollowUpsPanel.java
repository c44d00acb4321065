package org.convener.engagements.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.convener.engagements.Caucuses;
import org.convener.engagements.Engagement;
import org.convener.engagements.Engagements;
import org.convener.platform.CurrentUser;
import org.convener.platform.HomePanel;
import org.convener.shared.Format;
import org.springframework.stereotype.Component;

/** On the home page: the follow-ups a user owes, and for a caucus's officers those overdue in it. */
@Component
class FollowUpsPanel implements HomePanel {

    private final Engagements engagements;
    private final org.convener.engagements.FollowUps followUps;
    private final Caucuses caucuses;
    private final org.convener.people.People people;

    FollowUpsPanel(
            Engagements engagements,
            org.convener.engagements.FollowUps followUps,
            Caucuses caucuses,
            org.convener.people.People people) {
        this.engagements = engagements;
        this.followUps = followUps;
        this.caucuses = caucuses;
        this.people = people;
    }

    @Override
    public Optional<Panel> panel(CurrentUser user) {
        var run = caucuses.runBy(user).stream().map(g -> g.id()).toList();
        if (user.personId() == null && run.isEmpty()) {
            return Optional.empty();
        }
        var today = engagements.today();
        var due = new LinkedHashSet<Engagement.FollowUp>();
        if (user.personId() != null) {
            due.addAll(followUps.owedBy(user.personId()));
        }
        due.addAll(followUps.overdue(new java.util.HashSet<>(run)));
        var items = new ArrayList<Item>();
        due.stream()
                .sorted(java.util.Comparator.comparing(Engagement.FollowUp::dueOn))
                .forEach(f -> items.add(new Item(
                        f.action(),
                        "/engagements/" + f.engagementId(),
                        (f.overdueOn(today) ? "overdue since " : "due ")
                                + Format.date(f.dueOn())
                                + (user.isPerson(f.ownerId())
                                        ? ""
                                        : " · "
                                                + people.find(f.ownerId())
                                                        .map(p -> p.displayName() + "'s")
                                                        .orElse("another member's")),
                        f.overdueOn(today))));
        return Optional.of(new Panel(
                "Follow-ups due",
                items,
                "No follow-ups are waiting for you.",
                new Link("All follow-ups", "/follow-ups")));
    }

    @Override
    public int order() {
        return 10;
    }
}
