package org.convener.organising.web;

import java.time.Instant;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.organising.Meetings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A local group's public page: the community events its organisers chose to show. A group that has
 * never shown an event has no public page, so a group stays private until it chooses otherwise.
 */
@Controller
class PublicGroupController {

    private final Groups groups;
    private final Meetings meetings;

    PublicGroupController(Groups groups, Meetings meetings) {
        this.groups = groups;
        this.meetings = meetings;
    }

    @GetMapping("/local-groups/{slug}")
    String page(@PathVariable String slug, Model model) {
        Group group = shown(groups, meetings, slug);
        var events = meetings.shownPublicly(group.id());
        Instant now = Instant.now();
        model.addAttribute("group", group);
        model.addAttribute(
                "upcoming", events.stream().filter(m -> m.endsAt().isAfter(now)).toList());
        model.addAttribute(
                "past",
                events.stream()
                        .filter(m -> !m.endsAt().isAfter(now))
                        .sorted(java.util.Comparator.comparing(org.convener.organising.Meeting::startsAt)
                                .reversed())
                        .limit(10)
                        .toList());
        return "organising/public-group";
    }

    /** A local group with at least one event shown publicly; otherwise not found. */
    static Group shown(Groups groups, Meetings meetings, String slug) {
        return groups.find(slug)
                .filter(g -> g.kind() == GroupKind.LOCAL_GROUP)
                .filter(g -> !meetings.shownPublicly(g.id()).isEmpty())
                .orElseThrow(() -> Pages.notFound("There is no public page for " + slug + "."));
    }
}
