package org.convener.organising.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.organising.Meeting;
import org.convener.organising.MeetingKind;
import org.convener.organising.Meetings;
import org.convener.organising.RsvpAnswer;
import org.convener.people.People;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A local group's meetings and events: members see them and answer; those who run the group
 * schedule them, take attendance, write and approve minutes, and record decisions and action points.
 */
@Controller
class MeetingsController {

    private final Meetings meetings;
    private final Groups groups;
    private final People people;

    MeetingsController(Meetings meetings, Groups groups, People people) {
        this.meetings = meetings;
        this.groups = groups;
        this.people = people;
    }

    /** The form's fields, as typed. */
    record Form(
            MeetingKind kind,
            String title,
            String startsAt,
            Integer minutes,
            String place,
            String onlineLink,
            String agenda,
            Boolean shownPublicly) {

        Meetings.Details details(long groupId) {
            return new Meetings.Details(
                    groupId,
                    kind,
                    title,
                    Pages.dateTime(startsAt),
                    minutes == null ? 90 : minutes,
                    place,
                    onlineLink,
                    agenda,
                    Boolean.TRUE.equals(shownPublicly));
        }
    }

    @GetMapping("/groups/{slug}/meetings")
    String list(@PathVariable String slug, Model model) {
        CurrentUser user = Forms.signedIn();
        Group group = Pages.viewable(groups, slug, user);
        if (group.kind() != GroupKind.LOCAL_GROUP) {
            throw Pages.notFound("Meetings are kept for local groups; a caucus logs its engagements.");
        }
        var all = meetings.ofGroup(group.id());
        Instant now = Instant.now();
        var counts = new HashMap<Long, Meeting.Counts>();
        all.forEach(m -> counts.put(m.id(), meetings.counts(m.id())));
        model.addAttribute("group", group);
        model.addAttribute("manager", groups.canManage(user, group.id()));
        model.addAttribute(
                "upcoming",
                all.stream()
                        .filter(m -> m.endsAt().isAfter(now))
                        .sorted(Comparator.comparing(Meeting::startsAt))
                        .toList());
        model.addAttribute(
                "past", all.stream().filter(m -> !m.endsAt().isAfter(now)).toList());
        model.addAttribute("counts", counts);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("feedLive", meetings.hasFeed(user.accountId(), group.id()));
        model.addAttribute("today", meetings.today());
        return "organising/meetings";
    }

    @PostMapping("/groups/{slug}/meetings")
    String schedule(@PathVariable String slug, Form form, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Group group = Pages.managed(groups, Pages.group(groups, slug).id(), user);
        try {
            Meeting meeting = meetings.schedule(form.details(group.id()));
            redirect.addFlashAttribute(
                    "notice", meeting.kind().label() + " scheduled. Members can now say whether they are coming.");
            return "redirect:/meetings/" + meeting.id();
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/groups/" + slug + "/meetings";
        }
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Meeting meeting = existing(id);
        Group group = groups.find(meeting.groupId()).orElseThrow();
        if (!groups.canView(user, group.id())) {
            throw Pages.forbidden("Only members of " + group.name() + " see its meetings.");
        }
        boolean manager = groups.canManage(user, group.id());
        var rsvps = meetings.rsvps(id);
        var members = groups.currentMemberships(group.id()).stream()
                .map(m -> m.personId())
                .distinct()
                .toList();
        var actionPoints = meetings.actionPoints(id);
        var ids = new HashSet<Long>(members);
        rsvps.forEach(r -> ids.add(r.personId()));
        var attended = meetings.attendance(id);
        ids.addAll(attended);
        actionPoints.forEach(f -> ids.add(f.ownerId()));
        var names = Pages.names(people, ids);
        var sortedMembers = new ArrayList<>(members);
        sortedMembers.sort(Comparator.comparing(p -> names.getOrDefault(p, "")));
        var approval = meetings.approval(id).orElse(null);
        model.addAttribute(
                "page",
                new MeetingPage(
                        group,
                        meeting,
                        manager,
                        user.personId() != null && members.contains(user.personId()),
                        rsvps.stream()
                                .filter(r -> user.isPerson(r.personId()))
                                .findFirst()
                                .orElse(null),
                        meetings.counts(id),
                        rsvps,
                        attended,
                        sortedMembers,
                        names,
                        meetings.minutes(id),
                        approval,
                        approval == null
                                ? null
                                : meetings.find(approval.atMeetingId()).orElse(null),
                        meetings.approvedAt(id),
                        meetings.decisions(id),
                        actionPoints,
                        manager ? meetings.approvingMeetings(meeting) : List.of(),
                        meetings.today()));
        model.addAttribute("answers", RsvpAnswer.values());
        return "organising/meeting";
    }

    @GetMapping("/meetings/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Meeting meeting = existing(id);
        Group group = Pages.managed(groups, meeting.groupId(), Forms.signedIn());
        model.addAttribute("group", group);
        model.addAttribute("meeting", meeting);
        model.addAttribute("kinds", MeetingKind.values());
        return "organising/meeting-edit";
    }

    @PostMapping("/meetings/{id}/edit")
    String change(@PathVariable long id, Form form, RedirectAttributes redirect) {
        Meeting meeting = managedMeeting(id);
        try {
            meetings.change(id, form.details(meeting.groupId()));
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/meetings/" + id;
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/meetings/" + id + "/edit";
        }
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        managedMeeting(id);
        return Forms.outcome(redirect, "/meetings/" + id, () -> {
            if (!"cancel".equalsIgnoreCase(confirm == null ? "" : confirm.strip())) {
                throw new IllegalArgumentException("type cancel to confirm; the meeting was not cancelled");
            }
            meetings.cancel(id);
            return "Cancelled. Members see it as cancelled.";
        });
    }

    /** A member answers for themself. */
    @PostMapping("/meetings/{id}/rsvp")
    String rsvp(@PathVariable long id, @RequestParam(required = false) RsvpAnswer answer, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Meeting meeting = existing(id);
        if (!groups.canView(user, meeting.groupId())) {
            throw Pages.forbidden("Only members of the group answer.");
        }
        return Forms.outcome(redirect, "/meetings/" + id, () -> {
            if (user.personId() == null) {
                throw new IllegalArgumentException("your account is not linked to a person, so it cannot answer");
            }
            meetings.rsvp(id, user.personId(), answer);
            return "Thanks: you answered " + answer.label().toLowerCase() + ".";
        });
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(
            @PathVariable long id, @RequestParam(required = false) List<Long> present, RedirectAttributes redirect) {
        managedMeeting(id);
        return Forms.outcome(redirect, "/meetings/" + id, () -> {
            int n = meetings.takeAttendance(id, present == null ? List.of() : present)
                    .size();
            return "Attendance saved: " + n + (n == 1 ? " person" : " people") + " there.";
        });
    }

    @PostMapping("/meetings/{id}/minutes")
    String minutes(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
        managedMeeting(id);
        return Forms.outcome(redirect, "/meetings/" + id, () -> {
            var version = meetings.writeMinutes(id, body);
            return "Minutes saved as version " + version.number() + ".";
        });
    }

    @PostMapping("/meetings/{id}/approval")
    String approve(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) Long atMeetingId,
            RedirectAttributes redirect) {
        managedMeeting(id);
        return Forms.outcome(redirect, "/meetings/" + id, () -> {
            if (atMeetingId == null) {
                throw new IllegalArgumentException("choose the meeting that approved them");
            }
            meetings.approveMinutes(id, version, atMeetingId);
            return "Minutes approved (version " + version + "). The record of this meeting is now closed.";
        });
    }

    @PostMapping("/meetings/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
        managedMeeting(id);
        return Forms.outcome(redirect, "/meetings/" + id, () -> {
            meetings.decide(id, body);
            return "Decision recorded.";
        });
    }

    @PostMapping("/meetings/{id}/action-points")
    String actionPoint(
            @PathVariable long id,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) String dueOn,
            RedirectAttributes redirect) {
        managedMeeting(id);
        return Forms.outcome(redirect, "/meetings/" + id, () -> {
            if (ownerId == null) {
                throw new IllegalArgumentException("choose who will do it");
            }
            var point = meetings.addActionPoint(id, action, ownerId, Forms.day(dueOn, null));
            return "Action point added: it is on "
                    + Pages.names(people, List.of(point.ownerId())).get(point.ownerId()) + "'s follow-ups.";
        });
    }

    private Meeting existing(long id) {
        return meetings.find(id).orElseThrow(() -> Pages.notFound("No such meeting."));
    }

    private Meeting managedMeeting(long id) {
        Meeting meeting = existing(id);
        Pages.managed(groups, meeting.groupId(), Forms.signedIn());
        return meeting;
    }
}
