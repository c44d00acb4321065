package org.convener.organising;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.engagements.CalendarFeeds;
import org.convener.engagements.Engagement;
import org.convener.engagements.FollowUps;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.shared.Format;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A local group's meetings and community events: scheduling, RSVPs, attendance, minutes approved
 * at a later meeting, decisions, and action points, which are follow-ups kept by the engagements
 * module so that they show beside the engagement ones. Access is checked by the pages; the rules
 * about what may change when live here.
 */
@Service
public class Meetings {

    /** How follow-ups that are this module's action points are recorded. */
    public static final String SOURCE = "meeting";

    private final MeetingStore store;
    private final Groups groups;
    private final FollowUps followUps;
    private final AuditLog audit;
    private final Clock clock;

    Meetings(MeetingStore store, Groups groups, FollowUps followUps, AuditLog audit, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.followUps = followUps;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is needed to schedule a meeting or an event. */
    public record Details(
            long groupId,
            MeetingKind kind,
            String title,
            Instant startsAt,
            int minutes,
            String place,
            String onlineLink,
            String agenda,
            boolean shownPublicly) {}

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Format.LONDON));
    }

    // ---- reading

    public Optional<Meeting> find(long id) {
        return store.find(id);
    }

    /** A group's meetings and events, latest first. */
    public List<Meeting> ofGroup(long groupId) {
        return store.ofGroup(groupId);
    }

    public List<Meeting> ofGroups(Collection<Long> groupIds) {
        return store.ofGroups(groupIds);
    }

    /** The events a group shows on its public page, soonest first. */
    public List<Meeting> shownPublicly(long groupId) {
        return store.shownPublicly(groupId);
    }

    public List<Meeting.Rsvp> rsvps(long meetingId) {
        return store.rsvps(meetingId);
    }

    public Set<Long> attendance(long meetingId) {
        return new HashSet<>(store.attendance(meetingId));
    }

    public Meeting.Counts counts(long meetingId) {
        var rsvps = store.rsvps(meetingId);
        var attended = attendance(meetingId);
        var answered = new HashSet<Long>();
        rsvps.forEach(r -> answered.add(r.personId()));
        return new Meeting.Counts(
                count(rsvps, RsvpAnswer.YES),
                count(rsvps, RsvpAnswer.MAYBE),
                count(rsvps, RsvpAnswer.NO),
                attended.size(),
                (int) attended.stream().filter(p -> !answered.contains(p)).count());
    }

    public List<Meeting.Minutes> minutes(long meetingId) {
        return store.minutes(meetingId);
    }

    public Optional<Meeting.Approval> approval(long meetingId) {
        return store.approval(meetingId);
    }

    /** The meetings whose minutes this one approved. */
    public List<Meeting> approvedAt(long meetingId) {
        return store.approvedAt(meetingId).stream()
                .map(store::find)
                .flatMap(Optional::stream)
                .toList();
    }

    public List<Meeting.Decision> decisions(long meetingId) {
        return store.decisions(meetingId);
    }

    public List<Engagement.FollowUp> actionPoints(long meetingId) {
        return followUps.from(SOURCE, meetingId);
    }

    /** Later meetings of the group, held by now, at which this one's minutes could be approved. */
    public List<Meeting> approvingMeetings(Meeting meeting) {
        LocalDate today = today();
        return store.ofGroup(meeting.groupId()).stream()
                .filter(m -> m.id() != meeting.id())
                .filter(m -> {
                    try {
                        m.checkCanApproveMinutesOf(meeting, today);
                        return true;
                    } catch (IllegalArgumentException e) {
                        return false;
                    }
                })
                .toList();
    }

    // ---- changing

    @Transactional
    public Meeting schedule(Details details) {
        Details d = checked(details);
        long id = store.insert(d, AuditActor.who(), clock.instant());
        audit.record("scheduled", "meeting", id, null, null, describe(d));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Meeting change(long id, Details details) {
        Meeting before = existing(id);
        before.checkNotCancelled();
        if (details.groupId() != before.groupId()) {
            throw new IllegalArgumentException("a meeting stays with its group");
        }
        Details d = checked(details);
        if (before.kind().minuted() != d.kind().minuted() && !store.minutes(id).isEmpty()) {
            throw new IllegalArgumentException("a meeting with minutes stays a group meeting");
        }
        store.update(id, d);
        audit.record("changed", "meeting", id, null, describe(before), describe(d));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Meeting cancel(long id) {
        Meeting meeting = existing(id);
        meeting.checkNotCancelled();
        if (!store.attendance(id).isEmpty() || !store.minutes(id).isEmpty()) {
            throw new IllegalStateException("a meeting with attendance or minutes took place: it cannot be cancelled");
        }
        store.cancel(id, clock.instant());
        audit.record("cancelled", "meeting", id, null, null, Map.of("title", meeting.title()));
        return store.find(id).orElseThrow();
    }

    /** A member's answer; a later answer replaces an earlier one. */
    @Transactional
    public void rsvp(long meetingId, long personId, RsvpAnswer answer) {
        Meeting meeting = existing(meetingId);
        meeting.checkOpenForRsvps(today());
        if (answer == null) {
            throw new IllegalArgumentException("say whether you are coming");
        }
        checkMember(meeting.groupId(), personId, "only members of the group answer");
        store.rsvp(meetingId, personId, answer, clock.instant());
        audit.record(
                "answered", "meeting", meetingId, AuditLog.person(personId), null, Map.of("answer", answer.name()));
    }

    /** Records exactly who was there: those given are marked present, anyone else unmarked. */
    @Transactional
    public Set<Long> takeAttendance(long meetingId, Collection<Long> present) {
        Meeting meeting = existing(meetingId);
        meeting.checkHeld(today(), "attendance");
        var members = currentMembers(meeting.groupId());
        var now = new HashSet<>(present);
        for (long personId : now) {
            if (!members.contains(personId)) {
                throw new IllegalArgumentException("those present must be members of the group");
            }
        }
        var before = attendance(meetingId);
        for (long personId : now) {
            if (!before.contains(personId)) {
                store.attend(meetingId, personId, AuditActor.who(), clock.instant());
            }
        }
        for (long personId : before) {
            if (!now.contains(personId)) {
                store.unattend(meetingId, personId);
            }
        }
        audit.record(
                "took attendance",
                "meeting",
                meetingId,
                null,
                Map.of("present", before.size()),
                Map.of("present", now.size()));
        return attendance(meetingId);
    }

    /** A new version of the minutes; refused once they are approved. */
    @Transactional
    public Meeting.Minutes writeMinutes(long meetingId, String body) {
        Meeting meeting = existing(meetingId);
        meeting.checkMinuted();
        meeting.checkHeld(today(), "minutes");
        checkNotApproved(meetingId);
        String text = Fields.required(body, 50000, "the minutes");
        var versions = store.minutes(meetingId);
        if (!versions.isEmpty() && versions.get(versions.size() - 1).body().equals(text)) {
            throw new IllegalArgumentException("these minutes are the same as the last version");
        }
        int number = versions.size() + 1;
        store.writeMinutes(meetingId, number, text, AuditActor.who(), clock.instant());
        audit.record("wrote minutes", "meeting", meetingId, null, null, Map.of("version", number));
        return store.minutes(meetingId).get(number - 1);
    }

    /** Approves the latest version of a meeting's minutes at a later meeting of the group. */
    @Transactional
    public Meeting.Approval approveMinutes(long meetingId, int version, long atMeetingId) {
        Meeting meeting = existing(meetingId);
        checkNotApproved(meetingId);
        var versions = store.minutes(meetingId);
        if (versions.isEmpty()) {
            throw new IllegalStateException("there are no minutes to approve yet");
        }
        if (version != versions.size()) {
            throw new IllegalArgumentException("only the latest version (" + versions.size() + ") can be approved");
        }
        Meeting at = existing(atMeetingId);
        at.checkCanApproveMinutesOf(meeting, today());
        store.approve(meetingId, version, atMeetingId, AuditActor.who(), clock.instant());
        audit.record(
                "approved minutes", "meeting", meetingId, null, null, Map.of("version", version, "at", atMeetingId));
        return store.approval(meetingId).orElseThrow();
    }

    @Transactional
    public Meeting.Decision decide(long meetingId, String body) {
        Meeting meeting = existing(meetingId);
        meeting.checkMinuted();
        meeting.checkHeld(today(), "decisions");
        checkNotApproved(meetingId);
        String text = Fields.required(body, 2000, "the decision");
        store.decide(meetingId, text, AuditActor.who(), clock.instant());
        audit.record("decided", "meeting", meetingId, null, null, Map.of("decision", text));
        var decisions = store.decisions(meetingId);
        return decisions.get(decisions.size() - 1);
    }

    /** An action point: a follow-up owed by a member of the group, shown on their follow-ups. */
    @Transactional
    public Engagement.FollowUp addActionPoint(long meetingId, String action, long ownerId, LocalDate dueOn) {
        Meeting meeting = existing(meetingId);
        meeting.checkMinuted();
        meeting.checkHeld(today(), "action points");
        checkNotApproved(meetingId);
        return followUps.assign(SOURCE, meetingId, meeting.groupId(), action, ownerId, dueOn);
    }

    // ---- the group's calendar feed

    public boolean hasFeed(long accountId, long groupId) {
        return store.hasFeed(accountId, groupId);
    }

    /** A new secret address for an account's feed of one group; any earlier one stops working. */
    @Transactional
    public String issueFeed(long accountId, long groupId) {
        store.revokeFeed(accountId, groupId, clock.instant());
        String token = CalendarFeeds.newSecret();
        store.insertFeed(accountId, groupId, CalendarFeeds.hash(token), clock.instant());
        audit.record("issued", "group calendar feed", accountId, null, null, Map.of("group", groupId));
        return token;
    }

    @Transactional
    public void revokeFeed(long accountId, long groupId) {
        if (store.revokeFeed(accountId, groupId, clock.instant()) == 0) {
            throw new IllegalArgumentException("there is no calendar address to revoke");
        }
        audit.record("revoked", "group calendar feed", accountId, null, null, Map.of("group", groupId));
    }

    /** The account and group a live secret belongs to, as {account, group}. */
    public Optional<long[]> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return store.feed(CalendarFeeds.hash(token));
    }

    /**
     * A group's meetings and events from a week ago on, in iCalendar form: titles, times, places and
     * online links; agendas and minutes stay behind sign-in. Public feeds carry the public events only.
     */
    public String calendar(Group group, boolean publicOnly) {
        var calendar = new ICalendar();
        calendar.setProductId("-//Convener//Meetings//EN");
        calendar.setMethod(Method.publish());
        calendar.setName(group.name());
        Instant from = clock.instant().minusSeconds(7 * 86400L);
        var meetings = publicOnly ? store.shownPublicly(group.id()) : store.ofGroup(group.id());
        for (Meeting m : meetings) {
            if (m.cancelled() || m.endsAt().isBefore(from)) {
                continue;
            }
            var event = new VEvent();
            event.setUid("meeting-" + m.id() + "@convener");
            event.setSummary(m.title());
            event.setDateStart(Date.from(m.startsAt()));
            event.setDateEnd(Date.from(m.endsAt()));
            event.setCreated(Date.from(m.createdAt()));
            String where = m.place() == null ? m.onlineLink() : m.place();
            event.setLocation(where);
            if (m.onlineLink() != null) {
                event.setUrl(m.onlineLink());
            }
            event.setDescription(m.kind().label() + " · " + group.name());
            event.addCategories(m.kind().label());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    // ---- rules

    private Details checked(Details d) {
        Group group = groups.find(d.groupId())
                .filter(g -> g.kind() == GroupKind.LOCAL_GROUP)
                .orElseThrow(() -> new IllegalArgumentException("meetings are held by local groups"));
        if (d.kind() == null) {
            throw new IllegalArgumentException("say what kind of meeting or event it is");
        }
        if (d.startsAt() == null) {
            throw new IllegalArgumentException("give the date and time");
        }
        if (d.minutes() < 5 || d.minutes() > 1440) {
            throw new IllegalArgumentException("a meeting lasts between 5 minutes and a day");
        }
        String place = Fields.optional(d.place(), 300, "the place");
        String link = Fields.link(d.onlineLink(), "the online link", false);
        if (place == null && link == null) {
            throw new IllegalArgumentException("give a place, an online link, or both");
        }
        return new Details(
                group.id(),
                d.kind(),
                Fields.required(d.title(), 200, "a title"),
                d.startsAt(),
                d.minutes(),
                place,
                link,
                Fields.optional(d.agenda(), 10000, "the agenda"),
                d.shownPublicly());
    }

    private Meeting existing(long id) {
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("no such meeting"));
    }

    private void checkNotApproved(long meetingId) {
        if (store.approval(meetingId).isPresent()) {
            throw new IllegalStateException("the minutes are approved: the record of this meeting is closed");
        }
    }

    private void checkMember(long groupId, long personId, String otherwise) {
        if (!currentMembers(groupId).contains(personId)) {
            throw new IllegalArgumentException(otherwise);
        }
    }

    private Set<Long> currentMembers(long groupId) {
        var members = new HashSet<Long>();
        groups.currentMemberships(groupId).forEach(m -> members.add(m.personId()));
        return members;
    }

    private static int count(List<Meeting.Rsvp> rsvps, RsvpAnswer answer) {
        return (int) rsvps.stream().filter(r -> r.answer() == answer).count();
    }

    private static Map<String, Object> describe(Details d) {
        var values = new LinkedHashMap<String, Object>();
        values.put("group", d.groupId());
        values.put("kind", d.kind().name());
        values.put("title", d.title());
        values.put("startsAt", d.startsAt().toString());
        values.put("place", d.place());
        values.put("onlineLink", d.onlineLink());
        values.put("public", d.shownPublicly());
        return values;
    }

    private static Map<String, Object> describe(Meeting m) {
        return describe(new Details(
                m.groupId(),
                m.kind(),
                m.title(),
                m.startsAt(),
                m.minutes(),
                m.place(),
                m.onlineLink(),
                m.agenda(),
                m.shownPublicly()));
    }
}
