package org.convener.engagements.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convener.engagements.Engagement;
import org.convener.engagements.Engagements;
import org.convener.engagements.FollowUpSources;
import org.convener.engagements.FollowUps;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.people.People;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Refusals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-ups from engagements and action points from meetings, in one list: they are the same
 * thing, owed to a group.
 */
@Controller
class FollowUpsController {

    private final Engagements engagements;
    private final FollowUps followUps;
    private final Groups groups;
    private final People people;
    private final ObjectProvider<FollowUpSources> sources;

    FollowUpsController(
            Engagements engagements,
            FollowUps followUps,
            Groups groups,
            People people,
            ObjectProvider<FollowUpSources> sources) {
        this.engagements = engagements;
        this.followUps = followUps;
        this.groups = groups;
        this.people = people;
        this.sources = sources;
    }

    /** The user's own follow-ups, and for those who run groups every overdue one in them. */
    @GetMapping("/follow-ups")
    String list(Model model) {
        CurrentUser user = Forms.signedIn();
        var mine = user.personId() == null ? List.<Engagement.FollowUp>of() : followUps.owedBy(user.personId());
        Set<Long> run = new HashSet<>();
        groups.all().stream()
                .filter(g -> groups.canManage(user, g.id()))
                .map(Group::id)
                .forEach(run::add);
        var overdue = followUps.overdue(run);
        var from = new HashMap<Long, FollowUpSources.Source>();
        var ownerIds = new HashSet<Long>();
        mine.forEach(f -> from.put(f.id(), from(f)));
        overdue.forEach(f -> {
            from.put(f.id(), from(f));
            ownerIds.add(f.ownerId());
        });
        var owners = new HashMap<Long, String>();
        people.findAll(ownerIds).forEach(p -> owners.put(p.id(), p.displayName()));
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", overdue);
        model.addAttribute("from", from);
        model.addAttribute("owners", owners);
        model.addAttribute("officer", !run.isEmpty());
        model.addAttribute("today", engagements.today());
        return "engagements/follow-ups";
    }

    /** Marks a follow-up done: its owner, or whoever runs the group it is owed to. */
    @PostMapping("/follow-ups/{id}/done")
    String done(@PathVariable long id, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Engagement.FollowUp followUp = followUps.find(id).orElseThrow(() -> Refusals.notFound("No such follow-up."));
        boolean owner = user.personId() != null && user.personId() == followUp.ownerId();
        if (!owner && !groups.canManage(user, followUp.groupId())) {
            throw Refusals.forbidden("Only the person it is owed by, or those who run the group, can mark it done.");
        }
        return Forms.outcome(redirect, from(followUp).href(), () -> {
            followUps.complete(id);
            return "Done: " + followUp.action();
        });
    }

    private FollowUpSources.Source from(Engagement.FollowUp f) {
        if (f.engagementId() != null) {
            return new FollowUpSources.Source(
                    engagements.find(f.engagementId()).map(Engagement::title).orElse("an engagement"),
                    "/engagements/" + f.engagementId());
        }
        return sources.orderedStream()
                .filter(s -> s.kind().equals(f.sourceKind()))
                .findFirst()
                .flatMap(s -> s.describe(f.sourceId()))
                .orElse(new FollowUpSources.Source(f.sourceKind() + " " + f.sourceId(), "/follow-ups"));
    }
}
