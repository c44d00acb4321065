package org.convener.organising.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.organising.Courses;
import org.convener.organising.Meeting;
import org.convener.organising.Meetings;
import org.convener.organising.Pipeline;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The parts of other modules' pages this module fills with htmx, so that neither the people nor the
 * groups module imports this one: a member's education record on their page, and a group's
 * meetings, courses and pipeline on the group's page.
 */
@Controller
class OrganisingFragments {

    private final Courses courses;
    private final Meetings meetings;
    private final Pipeline pipeline;
    private final Groups groups;
    private final People people;
    private final PersonAccess access;

    OrganisingFragments(
            Courses courses, Meetings meetings, Pipeline pipeline, Groups groups, People people, PersonAccess access) {
        this.courses = courses;
        this.meetings = meetings;
        this.pipeline = pipeline;
        this.groups = groups;
        this.people = people;
        this.access = access;
    }

    /** A member's political education: for them and those who may see their record. */
    @GetMapping("/people/{id}/education")
    String education(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Person person = people.find(id).orElseThrow(() -> Pages.notFound("No such person."));
        if (!access.canView(user, person)) {
            throw Pages.forbidden("You do not have access to this person's record.");
        }
        boolean shown = access.canSeeRecord(user, person);
        model.addAttribute("record", shown ? courses.recordOf(id) : List.of());
        model.addAttribute("shown", shown);
        model.addAttribute("own", user.isPerson(id));
        return "organising/education";
    }

    /** A group's meetings, courses and pipeline, on the group's page, for those who may see the group. */
    @GetMapping("/groups/{slug}/organising")
    String group(@PathVariable String slug, Model model) {
        CurrentUser user = Forms.signedIn();
        Group group = Pages.viewable(groups, slug, user);
        boolean local = group.kind() == GroupKind.LOCAL_GROUP;
        Instant now = Instant.now();
        List<Meeting> upcoming = local
                ? meetings.ofGroup(group.id()).stream()
                        .filter(m -> m.endsAt().isAfter(now) && !m.cancelled())
                        .sorted(Comparator.comparing(Meeting::startsAt))
                        .limit(3)
                        .toList()
                : List.of();
        var courseList = courses.ofGroup(group.id());
        var completers = new LinkedHashMap<Long, List<String>>();
        var ids = new HashSet<Long>();
        var completions = new LinkedHashMap<Long, java.util.Set<Long>>();
        courseList.forEach(c -> {
            var done = courses.completions(c.id()).keySet();
            completions.put(c.id(), done);
            ids.addAll(done);
        });
        var names = Pages.names(people, ids);
        completions.forEach((course, done) -> completers.put(
                course,
                done.stream().map(p -> names.getOrDefault(p, "")).sorted().toList()));
        model.addAttribute("group", group);
        model.addAttribute("local", local);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("courses", courseList);
        model.addAttribute("completers", completers);
        model.addAttribute("pipelineBoard", local && pipeline.canSeeBoard(user, group.id()));
        model.addAttribute("candidates", local ? pipeline.ofGroup(group.id()).size() : 0);
        model.addAttribute("manager", groups.canManage(user, group.id()));
        return "organising/group-section";
    }
}
