package org.convener.groups.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import org.convener.engine.ConstituencyCode;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Invitation;
import org.convener.groups.Vacancy;
import org.convener.groups.Volunteer;
import org.convener.people.People;
import org.convener.platform.CurrentUser;
import org.convener.platform.HomePanel;
import org.convener.seats.SeatIntelligence;
import org.convener.shared.Format;
import org.springframework.stereotype.Component;

/**
 * On the home page: invitations waiting for the user, offers to fill posts in groups they run,
 * and vacant posts in their own region.
 */
@Component
class GroupsPanel implements HomePanel {

    private final Groups groups;
    private final org.convener.groups.OfficerPosts posts;
    private final org.convener.groups.Invitations invitations;
    private final People people;
    private final SeatIntelligence seats;

    GroupsPanel(
            Groups groups,
            org.convener.groups.OfficerPosts posts,
            org.convener.groups.Invitations invitations,
            People people,
            SeatIntelligence seats) {
        this.groups = groups;
        this.posts = posts;
        this.invitations = invitations;
        this.people = people;
        this.seats = seats;
    }

    @Override
    public Optional<Panel> panel(CurrentUser user) {
        if (user.personId() == null && !user.admin()) {
            return Optional.empty();
        }
        var managed = user.personId() == null ? new HashSet<Long>() : groups.managedGroupIds(user.personId());
        var items = new ArrayList<Item>();
        if (user.personId() != null) {
            for (Invitation invitation : invitations.invitationsOf(user.personId())) {
                if (invitation.status() == Invitation.Status.OPEN) {
                    groups.find(invitation.groupId())
                            .ifPresent(g -> items.add(new Item(
                                    "Invitation to join " + g.name(),
                                    "/people/" + user.personId() + "#groups",
                                    "accept or decline",
                                    true)));
                }
            }
        }
        String region = user.personId() == null ? null : regionOf(user.personId());
        var near = new ArrayList<Item>();
        for (Vacancy vacancy : posts.vacancies()) {
            Group group = vacancy.group();
            long offers = vacancy.openOffers();
            if ((user.admin() || managed.contains(group.id())) && offers > 0) {
                items.add(new Item(
                        "Decide " + (offers == 1 ? "an offer" : offers + " offers") + " to be "
                                + vacancy.post().title() + " of " + group.name(),
                        "/groups/" + group.slug() + "/posts/" + vacancy.post().id(),
                        "since " + Format.date(firstOffer(vacancy)),
                        false));
            } else if (region != null && !managed.contains(group.id()) && inRegion(group, region)) {
                near.add(new Item(
                        vacancy.post().title() + ", " + group.name(),
                        "/vacancies?region=" + region,
                        "vacant near you",
                        false));
            }
        }
        items.addAll(near);
        return Optional.of(new Panel(
                "Groups and posts",
                items,
                "No invitations, offers or vacancies near you.",
                new Link("The vacancies board", region == null ? "/vacancies" : "/vacancies?region=" + region)));
    }

    private static java.time.LocalDate firstOffer(Vacancy vacancy) {
        return vacancy.volunteers().stream()
                .filter(v -> v.status() == Volunteer.Status.OPEN)
                .map(v -> v.volunteeredAt().atZone(Format.LONDON).toLocalDate())
                .min(java.util.Comparator.naturalOrder())
                .orElseThrow();
    }

    private String regionOf(long personId) {
        return people.find(personId)
                .map(p -> p.constituencyCode())
                .filter(c -> c != null && !c.isBlank())
                .flatMap(c -> seats.seat(ConstituencyCode.of(c)))
                .map(s -> s.constituency().region().code())
                .orElse(null);
    }

    private boolean inRegion(Group group, String region) {
        return group.areas().stream()
                .anyMatch(a -> seats.seat(ConstituencyCode.of(a.constituencyCode()))
                        .map(s -> s.constituency().region().code().equals(region))
                        .orElse(false));
    }

    @Override
    public int order() {
        return 30;
    }
}
