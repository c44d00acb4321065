package org.convener.engagements.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.convener.engagements.Caucuses;
import org.convener.engagements.Engagement;
import org.convener.engagements.Engagements;
import org.convener.engagements.FollowUps;
import org.convener.groups.Group;
import org.convener.people.People;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FollowUpsController {

    private final Engagements engagements;
    private final FollowUps followUps;
    private final Caucuses caucuses;
    private final People people;

    FollowUpsController(Engagements engagements, FollowUps followUps, Caucuses caucuses, People people) {
        this.engagements = engagements;
        this.followUps = followUps;
        this.caucuses = caucuses;
        this.people = people;
    }

    /** The user's own follow-ups, and for officers every overdue one in the caucuses they run. */
    @GetMapping("/follow-ups")
    String list(Model model) {
        CurrentUser user = Forms.signedIn();
        var mine =
                user.personId() == null ? java.util.List.<Engagement.FollowUp>of() : followUps.owedBy(user.personId());
        var overdue =
                followUps.overdue(caucuses.runBy(user).stream().map(Group::id).collect(Collectors.toSet()));
        var engagementIds = new HashSet<Long>();
        var ownerIds = new HashSet<Long>();
        mine.forEach(f -> engagementIds.add(f.engagementId()));
        overdue.forEach(f -> {
            engagementIds.add(f.engagementId());
            ownerIds.add(f.ownerId());
        });
        var titles = new HashMap<Long, String>();
        engagementIds.forEach(id -> engagements.find(id).ifPresent(e -> titles.put(id, e.title())));
        var owners = new HashMap<Long, String>();
        people.findAll(ownerIds).forEach(p -> owners.put(p.id(), p.displayName()));
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", overdue);
        model.addAttribute("titles", titles);
        model.addAttribute("owners", owners);
        model.addAttribute("officer", !caucuses.runBy(user).isEmpty());
        model.addAttribute("today", engagements.today());
        return "engagements/follow-ups";
    }

    /** Marks a follow-up done: its owner, or whoever runs the caucus. */
    @PostMapping("/follow-ups/{id}/done")
    String done(@PathVariable long id, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Engagement.FollowUp followUp = followUps.find(id).orElseThrow(() -> Refusals.notFound("No such follow-up."));
        Engagement engagement = engagements.find(followUp.engagementId()).orElseThrow();
        boolean owner = user.personId() != null && user.personId() == followUp.ownerId();
        if (!owner && !caucuses.canRun(user, engagement.caucusId())) {
            throw Refusals.forbidden("Only the person it is owed by, or the caucus's officers, can mark it done.");
        }
        return Forms.outcome(redirect, "/engagements/" + engagement.id(), () -> {
            followUps.complete(id);
            return "Done: " + followUp.action();
        });
    }
}
