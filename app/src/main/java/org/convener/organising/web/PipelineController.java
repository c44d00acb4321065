package org.convener.organising.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.organising.Background;
import org.convener.organising.Candidate;
import org.convener.organising.Course;
import org.convener.organising.Courses;
import org.convener.organising.Office;
import org.convener.organising.Pipeline;
import org.convener.organising.Stage;
import org.convener.organising.SupportKind;
import org.convener.people.People;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.accounts.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The candidate pipeline: a board per local group for those who run it, each candidate's page, the
 * caucus's summary across groups (counts, and names only where the viewer may see them), and a
 * member's own account of their background.
 */
@Controller
class PipelineController {

    private final Pipeline pipeline;
    private final Courses courses;
    private final Groups groups;
    private final People people;
    private final Accounts accounts;

    PipelineController(Pipeline pipeline, Courses courses, Groups groups, People people, Accounts accounts) {
        this.pipeline = pipeline;
        this.courses = courses;
        this.groups = groups;
        this.people = people;
        this.accounts = accounts;
    }

    @GetMapping("/groups/{slug}/pipeline")
    String board(@PathVariable String slug, Model model) {
        CurrentUser user = Forms.signedIn();
        Group group = Pages.viewable(groups, slug, user);
        if (group.kind() != GroupKind.LOCAL_GROUP) {
            throw Pages.notFound("Candidate pipelines are kept by local groups.");
        }
        boolean board = pipeline.canSeeBoard(user, group.id());
        var candidates = board
                ? pipeline.ofGroup(group.id())
                : pipeline.ofGroup(group.id()).stream()
                        .filter(c -> pipeline.canSee(user, c))
                        .toList();
        var columns = new EnumMap<Stage, List<Candidate>>(Stage.class);
        for (Stage s : Stage.board()) {
            columns.put(s, new ArrayList<>());
        }
        candidates.forEach(c -> columns.get(c.stage()).add(c));
        var members = groups.currentMemberships(group.id()).stream()
                .map(m -> m.personId())
                .distinct()
                .toList();
        var ids = new HashSet<Long>(members);
        candidates.forEach(c -> ids.add(c.personId()));
        var names = Pages.names(people, ids);
        var backgrounds = new HashSet<Long>();
        if (pipeline.runs(user, group.id())) {
            candidates.stream()
                    .filter(c -> pipeline.backgroundFor(user, c.personId()).isPresent())
                    .forEach(c -> backgrounds.add(c.personId()));
        }
        model.addAttribute("group", group);
        model.addAttribute("board", board);
        model.addAttribute("runs", pipeline.runs(user, group.id()));
        model.addAttribute("columns", columns);
        model.addAttribute("names", names);
        model.addAttribute("members", members);
        model.addAttribute("backgrounds", backgrounds);
        model.addAttribute("offices", Office.values());
        model.addAttribute("member", user.personId() != null && members.contains(user.personId()));
        return "organising/pipeline";
    }

    /** Someone enters the pipeline: a member for themself, or the pipeline's organisers for a member. */
    @PostMapping("/groups/{slug}/pipeline")
    String enter(
            @PathVariable String slug,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) Office office,
            @RequestParam(required = false) String aim,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Group group = Pages.viewable(groups, slug, user);
        long who = personId == null ? (user.personId() == null ? -1 : user.personId()) : personId;
        if (!user.isPerson(who) && !pipeline.canSeeBoard(user, group.id())) {
            throw Pages.forbidden("Members put themselves forward; the pipeline's organisers put forward others.");
        }
        try {
            Candidate c = pipeline.enter(group.id(), who, office, aim);
            redirect.addFlashAttribute("notice", "In the pipeline as interested.");
            return "redirect:/candidates/" + c.id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", org.convener.platform.Messages.sentence(e.getMessage()));
            return "redirect:/groups/" + slug + "/pipeline";
        }
    }

    @GetMapping("/candidates/{id}")
    String candidate(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Candidate c = visible(id, user);
        Group group = groups.find(c.groupId()).orElseThrow();
        var members = groups.currentMemberships(group.id()).stream()
                .map(m -> m.personId())
                .distinct()
                .toList();
        var ids = new HashSet<Long>(members);
        ids.add(c.personId());
        if (c.mentorId() != null) {
            ids.add(c.mentorId());
        }
        var names = Pages.names(people, ids);
        var moves = pipeline.moves(id);
        var movedBy = new HashMap<String, String>();
        moves.forEach(m -> movedBy.computeIfAbsent(m.recordedBy(), accounts::actorName));
        boolean support = pipeline.canSeeSupport(user, c);
        model.addAttribute(
                "page",
                new CandidatePage(
                        group,
                        c,
                        names.getOrDefault(c.personId(), ""),
                        c.mentorId() == null ? null : names.get(c.mentorId()),
                        pipeline.canManage(user, c),
                        user.isPerson(c.personId()),
                        support,
                        moves,
                        movedBy,
                        pipeline.plan(id),
                        pipeline.training(id),
                        courses.recordOf(c.personId()).stream()
                                .filter(Course.Progress::completed)
                                .toList(),
                        support ? pipeline.support(id) : List.of(),
                        pipeline.backgroundFor(user, c.personId()).orElse(null),
                        members,
                        names,
                        pipeline.today()));
        model.addAttribute("stages", c.stage().next());
        model.addAttribute("supportKinds", SupportKind.values());
        return "organising/candidate";
    }

    @PostMapping("/candidates/{id}/moves")
    String move(
            @PathVariable long id,
            @RequestParam(required = false) Stage to,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        managed(id);
        return Forms.outcome(redirect, "/candidates/" + id, () -> {
            var c = pipeline.move(id, to, Forms.day(on, pipeline.today()), reason);
            return "Moved to " + c.stage().label().toLowerCase() + ".";
        });
    }

    @PostMapping("/candidates/{id}/mentor")
    String mentor(@PathVariable long id, @RequestParam(required = false) Long mentorId, RedirectAttributes redirect) {
        managed(id);
        return Forms.outcome(redirect, "/candidates/" + id, () -> {
            pipeline.mentor(id, mentorId);
            return mentorId == null ? "No mentor now." : "Mentor chosen.";
        });
    }

    @PostMapping("/candidates/{id}/plan")
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String dueOn,
            RedirectAttributes redirect) {
        managed(id);
        return Forms.outcome(redirect, "/candidates/" + id, () -> {
            pipeline.addStep(id, title, Forms.day(dueOn, null));
            return "Step added to the plan.";
        });
    }

    @PostMapping("/candidates/{id}/plan/{stepId}/done")
    String stepDone(@PathVariable long id, @PathVariable long stepId, RedirectAttributes redirect) {
        managed(id);
        return Forms.outcome(redirect, "/candidates/" + id, () -> {
            pipeline.stepDone(id, stepId);
            return "Step done.";
        });
    }

    @PostMapping("/candidates/{id}/training")
    String training(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String on,
            RedirectAttributes redirect) {
        managed(id);
        return Forms.outcome(redirect, "/candidates/" + id, () -> {
            pipeline.addTraining(id, title, Forms.day(on, null));
            return "Training recorded.";
        });
    }

    @PostMapping("/candidates/{id}/support")
    String support(
            @PathVariable long id,
            @RequestParam(required = false) SupportKind kind,
            @RequestParam(required = false) String detail,
            RedirectAttributes redirect) {
        managed(id);
        return Forms.outcome(redirect, "/candidates/" + id, () -> {
            pipeline.addNeed(id, kind, detail);
            return "Support need recorded.";
        });
    }

    @PostMapping("/candidates/{id}/support/{needId}/met")
    String met(@PathVariable long id, @PathVariable long needId, RedirectAttributes redirect) {
        managed(id);
        return Forms.outcome(redirect, "/candidates/" + id, () -> {
            pipeline.needMet(id, needId);
            return "Marked as met.";
        });
    }

    /**
     * Candidates by stage across every local group, for the caucus and the groups' organisers:
     * counts for all, names only of candidates the viewer may see.
     */
    @GetMapping("/pipeline")
    String summary(Model model) {
        CurrentUser user = Forms.signedIn();
        if (!(user.admin() || user.has(CurrentUser.OFFICER) || user.has(CurrentUser.ORGANISER))) {
            throw Pages.forbidden("The summary is for caucus officers and the groups' organisers.");
        }
        var counts = pipeline.countsByGroup();
        var groupNames = new LinkedHashMap<Long, Group>();
        groups.all().stream().filter(g -> g.kind() == GroupKind.LOCAL_GROUP).forEach(g -> groupNames.put(g.id(), g));
        var totals = new EnumMap<Stage, Integer>(Stage.class);
        counts.values().forEach(byStage -> byStage.forEach((s, n) -> totals.merge(s, n, Integer::sum)));
        var named = pipeline.seenBy(user);
        var ids = new HashSet<Long>();
        named.forEach(c -> ids.add(c.personId()));
        model.addAttribute("stages", Stage.board());
        model.addAttribute("counts", counts);
        model.addAttribute("groups", groupNames);
        model.addAttribute("totals", totals);
        model.addAttribute("named", named);
        model.addAttribute("names", Pages.names(people, ids));
        return "organising/pipeline-summary";
    }

    // ---- a member's own background

    @GetMapping("/account/background")
    String background(Model model) {
        CurrentUser user = Forms.signedIn();
        if (user.personId() == null) {
            throw Pages.forbidden("Your account is not linked to a person.");
        }
        model.addAttribute(
                "background", pipeline.backgroundFor(user, user.personId()).orElse(null));
        model.addAttribute("consent", Background.CONSENT);
        model.addAttribute("candidacies", pipeline.ofPerson(user.personId()));
        return "organising/background";
    }

    @PostMapping("/account/background")
    String declare(
            @RequestParam(required = false) String workingClass,
            @RequestParam(required = false) Boolean freeSchoolMeals,
            @RequestParam(required = false) Boolean firstGeneration,
            @RequestParam(required = false) String occupation,
            @RequestParam(required = false) String tradeUnion,
            @RequestParam(required = false) String inOwnWords,
            @RequestParam(defaultValue = "false") boolean consent,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        if (user.personId() == null) {
            throw Pages.forbidden("Your account is not linked to a person.");
        }
        return Forms.outcome(redirect, "/account/background", () -> {
            pipeline.declare(
                    user.personId(),
                    new Background(
                            user.personId(),
                            workingClass,
                            freeSchoolMeals,
                            firstGeneration,
                            occupation,
                            tradeUnion,
                            inOwnWords,
                            null,
                            null,
                            null),
                    consent);
            return "Saved. Only you and the organisers of your group's candidate pipeline see it.";
        });
    }

    @PostMapping("/account/background/withdraw")
    String withdraw(@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        if (user.personId() == null) {
            throw Pages.forbidden("Your account is not linked to a person.");
        }
        return Forms.outcome(redirect, "/account/background", () -> {
            if (!confirm) {
                throw new IllegalArgumentException("tick the box to confirm; nothing was deleted");
            }
            pipeline.withdraw(user.personId());
            return "Consent withdrawn: your background is deleted.";
        });
    }

    private Candidate visible(long id, CurrentUser user) {
        Candidate c = pipeline.find(id).orElseThrow(() -> Pages.notFound("No such candidate."));
        if (!pipeline.canSee(user, c)) {
            throw Pages.forbidden("A candidacy is seen by the candidate, their mentor and the pipeline's organisers.");
        }
        return c;
    }

    private Candidate managed(long id) {
        CurrentUser user = Forms.signedIn();
        Candidate c = pipeline.find(id).orElseThrow(() -> Pages.notFound("No such candidate."));
        if (!pipeline.canManage(user, c)) {
            throw Pages.forbidden("Only the organisers running the group's pipeline change a candidacy.");
        }
        return c;
    }
}
