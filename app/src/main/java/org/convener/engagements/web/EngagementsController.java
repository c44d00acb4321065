package org.convener.engagements.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.convener.engagements.Ask;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.engagements.Engagement;
import org.convener.engagements.EngagementKind;
import org.convener.engagements.Engagements;
import org.convener.engagements.FollowUps;
import org.convener.engagements.Stakeholders;
import org.convener.engagements.Topics;
import org.convener.groups.Group;
import org.convener.people.People;
import org.convener.people.Person;
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
class EngagementsController {

    private final Engagements engagements;
    private final FollowUps followUps;
    private final Caucuses caucuses;
    private final Asks asks;
    private final Topics topics;
    private final Stakeholders stakeholders;
    private final People people;

    EngagementsController(
            Engagements engagements,
            FollowUps followUps,
            Caucuses caucuses,
            Asks asks,
            Topics topics,
            Stakeholders stakeholders,
            People people) {
        this.engagements = engagements;
        this.followUps = followUps;
        this.caucuses = caucuses;
        this.asks = asks;
        this.topics = topics;
        this.stakeholders = stakeholders;
        this.people = people;
    }

    /** The engagements of the caucuses the user belongs to or runs: coming up, then past. */
    @GetMapping("/engagements")
    String list(Model model) {
        CurrentUser user = Forms.signedIn();
        var all = engagements.of(caucuses.idsSeenBy(user));
        Instant now = Instant.now();
        model.addAttribute(
                "upcoming",
                all.stream()
                        .filter(e -> !e.startsAt().isBefore(now))
                        .sorted(java.util.Comparator.comparing(Engagement::startsAt))
                        .toList());
        model.addAttribute(
                "past", all.stream().filter(e -> e.startsAt().isBefore(now)).toList());
        model.addAttribute("caucusNames", names());
        model.addAttribute("canLog", !caucuses.runBy(user).isEmpty());
        return "engagements/list";
    }

    @GetMapping("/engagements/new")
    String form(@RequestParam(required = false) Long caucus, Model model) {
        CurrentUser user = Forms.signedIn();
        List<Group> runnable = caucuses.runBy(user);
        if (runnable.isEmpty()) {
            throw Refusals.forbidden("Only a caucus's convener and officers log its engagements.");
        }
        Group chosen = caucus == null && runnable.size() == 1
                ? runnable.get(0)
                : runnable.stream()
                        .filter(g -> caucus != null && g.id() == caucus)
                        .findFirst()
                        .orElse(null);
        model.addAttribute("caucuses", runnable);
        model.addAttribute("caucus", chosen);
        model.addAttribute(
                "members", chosen == null ? List.of() : people.findAll(caucuses.currentMembers(chosen.id())));
        model.addAttribute("stakeholders", stakeholders.all());
        model.addAttribute("topics", topics.current());
        model.addAttribute("kinds", EngagementKind.values());
        model.addAttribute("today", engagements.today());
        return "engagements/form";
    }

    @PostMapping("/engagements")
    String log(
            @RequestParam long caucusId,
            @RequestParam EngagementKind kind,
            @RequestParam String title,
            @RequestParam String startsAt,
            @RequestParam(defaultValue = "60") int minutes,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) List<Long> attendees,
            @RequestParam(required = false) List<Long> topicIds,
            RedirectAttributes redirect) {
        run(caucusId);
        try {
            Engagement logged = engagements.log(new Engagements.Details(
                    caucusId,
                    kind,
                    title,
                    Web.dateTime(startsAt),
                    minutes,
                    place,
                    notes,
                    attendees == null ? List.of() : attendees,
                    topicIds == null ? List.of() : topicIds));
            redirect.addFlashAttribute(
                    "notice",
                    kind.label() + " logged. Record the asks raised, commitments received and follow-ups below.");
            return "redirect:/engagements/" + logged.id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", org.convener.platform.Messages.sentence(e.getMessage()));
            return "redirect:/engagements/new?caucus=" + caucusId;
        }
    }

    @GetMapping("/engagements/{id}")
    String engagement(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Engagement engagement = engagements.find(id).orElseThrow(() -> Refusals.notFound("No such engagement."));
        if (!caucuses.canSee(user, engagement.caucusId())) {
            throw Refusals.forbidden("Only members of the caucus see its engagements.");
        }
        var owed = followUps.of(id);
        var ids = new HashSet<Long>(engagement.attendees());
        owed.forEach(f -> ids.add(f.ownerId()));
        var members = caucuses.currentMembers(engagement.caucusId());
        ids.addAll(members);
        Map<Long, Person> byId = new HashMap<>();
        people.findAll(ids).forEach(p -> byId.put(p.id(), p));
        var raised = engagement.askIds().stream()
                .map(asks::find)
                .flatMap(java.util.Optional::stream)
                .toList();
        var caucusAsks = asks.of(java.util.Set.of(engagement.caucusId()), null);
        model.addAttribute("engagement", engagement);
        model.addAttribute("caucusName", caucuses.name(engagement.caucusId()));
        model.addAttribute("people", byId);
        model.addAttribute(
                "members",
                members.stream()
                        .map(byId::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(Person::fullName))
                        .toList());
        model.addAttribute("raised", raised);
        model.addAttribute(
                "otherAsks",
                caucusAsks.stream()
                        .filter(a -> !engagement.askIds().contains(a.id())
                                && !a.status().closed())
                        .toList());
        model.addAttribute("allAsks", caucusAsks);
        model.addAttribute("commitments", engagements.commitments(id));
        model.addAttribute("followUps", owed);
        model.addAttribute("topics", topics);
        model.addAttribute("currentTopics", topics.current());
        model.addAttribute("canRun", caucuses.canRun(user, engagement.caucusId()));
        model.addAttribute(
                "happened",
                !engagement.startsAt().atZone(Engagements.ZONE).toLocalDate().isAfter(engagements.today()));
        model.addAttribute("today", engagements.today());
        return "engagements/engagement";
    }

    @PostMapping("/engagements/{id}/notes")
    String notes(@PathVariable long id, @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        runEngagement(id);
        return Forms.outcome(redirect, "/engagements/" + id, () -> {
            engagements.updateNotes(id, notes);
            return "Notes saved.";
        });
    }

    /** Records an ask raised at the engagement: one of the caucus's asks, or a new one drafted here. */
    @PostMapping("/engagements/{id}/asks")
    String raise(
            @PathVariable long id,
            @RequestParam(required = false) Long askId,
            @RequestParam(required = false) Long topicId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String wording,
            RedirectAttributes redirect) {
        Engagement engagement = runEngagement(id);
        return Forms.outcome(redirect, "/engagements/" + id, () -> {
            Ask ask;
            if (askId != null) {
                engagements.raise(id, askId);
                ask = asks.find(askId).orElseThrow();
            } else if (topicId != null) {
                ask = engagements.raiseNew(engagement.id(), topicId, title, wording);
            } else {
                throw new IllegalArgumentException(
                        "choose one of the caucus's asks, or give a topic, title and wording for a new one");
            }
            return "Ask recorded as raised: " + ask.title() + ".";
        });
    }

    @PostMapping("/engagements/{id}/commitments")
    String commit(
            @PathVariable long id,
            @RequestParam(required = false) Long askId,
            @RequestParam(required = false) Long stakeholderId,
            @RequestParam String wording,
            RedirectAttributes redirect) {
        runEngagement(id);
        return Forms.outcome(redirect, "/engagements/" + id, () -> {
            engagements.commit(id, askId, stakeholderId, wording);
            return askId == null ? "Commitment recorded." : "Commitment recorded; the ask is now committed.";
        });
    }

    @PostMapping("/engagements/{id}/follow-ups")
    String followUp(
            @PathVariable long id,
            @RequestParam String action,
            @RequestParam long ownerId,
            @RequestParam String dueOn,
            RedirectAttributes redirect) {
        runEngagement(id);
        return Forms.outcome(redirect, "/engagements/" + id, () -> {
            followUps.add(id, action, ownerId, Forms.day(dueOn, null));
            return "Follow-up added.";
        });
    }

    private Engagement runEngagement(long id) {
        Engagement engagement = engagements.find(id).orElseThrow(() -> Refusals.notFound("No such engagement."));
        run(engagement.caucusId());
        return engagement;
    }

    private void run(long caucusId) {
        if (!caucuses.canRun(Forms.signedIn(), caucusId)) {
            throw Refusals.forbidden("Only the caucus's convener and officers change its engagements.");
        }
    }

    private Map<Long, String> names() {
        var names = new HashMap<Long, String>();
        caucuses.all().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }
}
