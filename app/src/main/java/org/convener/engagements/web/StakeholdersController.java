package org.convener.engagements.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import org.convener.engagements.Ask;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.engagements.Engagement;
import org.convener.engagements.Engagements;
import org.convener.engagements.StakeholderCategory;
import org.convener.engagements.Stakeholders;
import org.convener.people.PersonAccess;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class StakeholdersController {

    private final Stakeholders stakeholders;
    private final PersonAccess access;
    private final Engagements engagements;
    private final Asks asks;
    private final Caucuses caucuses;

    StakeholdersController(
            Stakeholders stakeholders, PersonAccess access, Engagements engagements, Asks asks, Caucuses caucuses) {
        this.stakeholders = stakeholders;
        this.access = access;
        this.engagements = engagements;
        this.asks = asks;
        this.caucuses = caucuses;
    }

    @GetMapping("/stakeholders")
    String list(@RequestParam(required = false) String q, Model model) {
        CurrentUser user = Forms.signedIn();
        model.addAttribute("stakeholders", stakeholders.search(q));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("canManage", stakeholders.canManage(user));
        model.addAttribute("categories", StakeholderCategory.values());
        model.addAttribute("today", engagements.today());
        model.addAttribute("caucuses", user.admin() ? caucuses.all() : caucuses.runBy(user));
        model.addAttribute("admin", user.admin());
        return "engagements/stakeholders";
    }

    @PostMapping("/stakeholders")
    String add(
            @RequestParam String fullName,
            @RequestParam StakeholderCategory category,
            @RequestParam String organisation,
            @RequestParam String role,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) Long keptBy,
            RedirectAttributes redirect) {
        if (!stakeholders.canManage(Forms.signedIn())) {
            throw Refusals.forbidden("Only caucus officers and administrators add stakeholders.");
        }
        try {
            var added = stakeholders.add(
                    new PersonDraft(fullName, PersonKind.STAKEHOLDER, null, email, phone, null, notes, Set.of()),
                    category,
                    organisation,
                    role,
                    Forms.day(since, null),
                    keptBy);
            redirect.addFlashAttribute("notice", added.person().fullName() + " added.");
            return "redirect:/stakeholders/" + added.person().id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", org.convener.platform.Messages.sentence(e.getMessage()));
            return "redirect:/stakeholders";
        }
    }

    /** A stakeholder with their posts, the engagements they were at and the asks put to them. */
    @GetMapping("/stakeholders/{id}")
    String stakeholder(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        var stakeholder = stakeholders.find(id).orElseThrow(() -> Refusals.notFound("No such stakeholder."));
        var seen = caucuses.idsSeenBy(user);
        var met = engagements.attendedBy(id).stream()
                .filter(e -> seen.contains(e.caucusId()))
                .toList();
        var asked = new LinkedHashMap<Long, Ask>();
        met.forEach(e -> e.askIds().forEach(a -> asks.find(a).ifPresent(ask -> asked.put(a, ask))));
        var committed = new ArrayList<Engagement.Commitment>();
        met.forEach(e -> engagements.commitments(e.id()).stream()
                .filter(c -> c.stakeholderId() != null && c.stakeholderId() == id)
                .forEach(committed::add));
        var caucusNames = new HashMap<Long, String>();
        caucuses.all().forEach(c -> caucusNames.put(c.id(), c.name()));
        model.addAttribute("stakeholder", stakeholder);
        boolean contacts = access.canSeeRecord(user, stakeholder.person());
        var keepers = stakeholders.keepersOf(id);
        model.addAttribute("contacts", contacts);
        model.addAttribute("keepers", keepers);
        // those who may see the record may pass it to another caucus they run (administrators, to any)
        model.addAttribute(
                "shareable",
                contacts
                        ? (user.admin() ? caucuses.all() : caucuses.runBy(user))
                                .stream()
                                        .filter(c -> keepers.stream().noneMatch(k -> k.caucusId() == c.id()))
                                        .toList()
                        : java.util.List.of());
        model.addAttribute("canManage", stakeholders.canManage(user));
        model.addAttribute("engagements", met);
        model.addAttribute("asks", asked.values());
        model.addAttribute("commitments", committed);
        model.addAttribute("caucusNames", caucusNames);
        model.addAttribute("categories", StakeholderCategory.values());
        model.addAttribute("today", engagements.today());
        return "engagements/stakeholder";
    }

    @PostMapping("/stakeholders/{id}/positions")
    String addPosition(
            @PathVariable long id,
            @RequestParam StakeholderCategory category,
            @RequestParam String organisation,
            @RequestParam String role,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String until,
            RedirectAttributes redirect) {
        manage(id);
        return Forms.outcome(redirect, "/stakeholders/" + id, () -> {
            stakeholders.addPosition(id, category, organisation, role, Forms.day(from, null), Forms.day(until, null));
            return "Post added.";
        });
    }

    @PostMapping("/stakeholders/{id}/positions/{positionId}/end")
    String endPosition(
            @PathVariable long id,
            @PathVariable long positionId,
            @RequestParam(required = false) String on,
            RedirectAttributes redirect) {
        manage(id);
        if (stakeholders.positions(id).stream().noneMatch(p -> p.id() == positionId)) {
            throw Refusals.notFound("No such post for this stakeholder.");
        }
        return Forms.outcome(redirect, "/stakeholders/" + id, () -> {
            stakeholders.endPosition(positionId, Forms.day(on, engagements.today()));
            return "Post ended.";
        });
    }

    /** Another caucus keeps the stakeholder, passed on by someone who may see their record. */
    @PostMapping("/stakeholders/{id}/keepers")
    String keep(@PathVariable long id, @RequestParam long caucusId, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        var stakeholder = stakeholders.find(id).orElseThrow(() -> Refusals.notFound("No such stakeholder."));
        if (!access.canSeeRecord(user, stakeholder.person()) || !(user.admin() || caucuses.canRun(user, caucusId))) {
            throw Refusals.forbidden(
                    "Only those who see a stakeholder's contact details pass them on, to a caucus they run.");
        }
        return Forms.outcome(redirect, "/stakeholders/" + id, () -> {
            stakeholders.keep(id, caucusId);
            return caucuses.name(caucusId) + " now keeps "
                    + stakeholder.person().fullName() + ": its officers see the contact details.";
        });
    }

    private void manage(long id) {
        if (!stakeholders.canManage(Forms.signedIn())) {
            throw Refusals.forbidden("Only caucus officers and administrators change stakeholders.");
        }
        stakeholders.find(id).orElseThrow(() -> Refusals.notFound("No such stakeholder."));
    }
}
