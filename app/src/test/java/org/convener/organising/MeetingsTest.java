package org.convener.organising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.engagements.EngagementKind;
import org.convener.engagements.Engagements;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A local group's meetings: answers and attendance, minutes approved at a later meeting, action points as follow-ups. */
@ConvenerTest
class MeetingsTest {

    @Autowired
    org.convener.engagements.FollowUps followUps;

    @Autowired
    Meetings meetings;

    @Autowired
    Engagements engagements;

    @Autowired
    Groups groups;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    CommandLineInterface cli;

    Fixture f;
    LocalDate today;

    @BeforeEach
    void group() {
        DemoData.loaded(imports, demo, accounts, cli);
        f = Fixture.localGroup(groups, accounts, 5);
        today = meetings.today();
    }

    private Meeting meeting(String title, LocalDate day, boolean shownPublicly) {
        return AuditActor.as(
                "test",
                () -> meetings.schedule(new Meetings.Details(
                        f.group.id(),
                        MeetingKind.MEETING,
                        title,
                        Fixture.at(day, 19),
                        90,
                        "Trades Hall",
                        null,
                        "Apologies\nMinutes\nAOB",
                        shownPublicly)));
    }

    @Test
    void answersAndAttendanceAreCountedAsGivenAndALaterAnswerReplacesAnEarlierOne() throws Exception {
        Meeting m = meeting("Counting meeting", today, false);
        var people = f.members;
        var answers = List.of(RsvpAnswer.YES, RsvpAnswer.YES, RsvpAnswer.MAYBE, RsvpAnswer.NO);
        for (int i = 0; i < answers.size(); i++) {
            var session = DemoData.signIn(mvc, people.get(i).email());
            mvc.perform(post("/meetings/" + m.id() + "/rsvp")
                    .with(csrf())
                    .session(session)
                    .param("answer", answers.get(i).name()));
        }
        // the one who said maybe decides to come
        var maybe = DemoData.signIn(mvc, people.get(2).email());
        mvc.perform(post("/meetings/" + m.id() + "/rsvp")
                .with(csrf())
                .session(maybe)
                .param("answer", "YES"));
        var counts = meetings.counts(m.id());
        assertThat(counts.coming()).isEqualTo(3);
        assertThat(counts.maybe()).isZero();
        assertThat(counts.notComing()).isEqualTo(1);
        assertThat(meetings.rsvps(m.id())).hasSize(4);

        // two who said yes came, one who said no came, and one who never answered
        var present = List.of(
                people.get(0).personId(),
                people.get(1).personId(),
                people.get(3).personId(),
                people.get(4).personId());
        var organiser = DemoData.signIn(mvc, f.organiser.email());
        var post = post("/meetings/" + m.id() + "/attendance").with(csrf()).session(organiser);
        present.forEach(p -> post.param("present", String.valueOf(p)));
        mvc.perform(post);
        counts = meetings.counts(m.id());
        assertThat(counts.attended()).isEqualTo(4);
        assertThat(counts.attendedWithoutRsvp()).isEqualTo(1);
        assertThat(meetings.attendance(m.id())).containsExactlyInAnyOrderElementsOf(present);
        String page = mvc.perform(get("/meetings/" + m.id()).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<strong>3</strong> coming", "<strong>4</strong> came", "(1 without answering)");

        // attendance is exactly who is ticked: unticking takes someone off
        AuditActor.as("test", () -> meetings.takeAttendance(m.id(), present.subList(0, 2)));
        assertThat(meetings.counts(m.id()).attended()).isEqualTo(2);
    }

    @Test
    void onlyMembersAnswerAndAnswersCloseOnceTheDayIsOverAndAttendanceWaitsForTheDay() {
        Meeting next = meeting("Next week", today.plusDays(7), false);
        Meeting held = meeting("Last week", today.minusDays(7), false);
        long outsider = groups.currentMemberships(
                        groups.find(Demo.DERBY).orElseThrow().id())
                .get(0)
                .personId();
        assertThatThrownBy(() -> AuditActor.as("test", () -> meetings.rsvp(next.id(), outsider, RsvpAnswer.YES)))
                .hasMessageContaining("only members");
        assertThatThrownBy(() -> AuditActor.as(
                        "test", () -> meetings.rsvp(held.id(), f.members.get(0).personId(), RsvpAnswer.YES)))
                .hasMessageContaining("RSVPs are closed");
        assertThatThrownBy(() -> AuditActor.as(
                        "test",
                        () -> meetings.takeAttendance(
                                next.id(), List.of(f.members.get(0).personId()))))
                .hasMessageContaining("from the day of the meeting");
        assertThatThrownBy(() -> AuditActor.as("test", () -> meetings.takeAttendance(held.id(), List.of(outsider))))
                .hasMessageContaining("members of the group");
    }

    @Test
    void minutesKeepEveryVersionAndAreApprovedOnceInTheLatestVersionAtALaterHeldMeeting() {
        Meeting first = meeting("First meeting", today.minusDays(14), false);
        Meeting earlier = meeting("Earlier meeting", today.minusDays(21), false);
        Meeting second = meeting("Second meeting", today, false);
        Meeting future = meeting("Future meeting", today.plusDays(14), false);
        AuditActor.as("test", () -> {
            meetings.writeMinutes(first.id(), "Draft one.");
            meetings.writeMinutes(first.id(), "Draft two, corrected.");
        });
        var versions = meetings.minutes(first.id());
        assertThat(versions).extracting(Meeting.Minutes::number).containsExactly(1, 2);
        assertThat(versions).extracting(Meeting.Minutes::body).containsExactly("Draft one.", "Draft two, corrected.");
        assertThat(versions.get(0).writtenBy()).isEqualTo("test");
        assertThat(meetings.approvingMeetings(first)).extracting(Meeting::id).containsExactly(second.id());

        assertThatThrownBy(() -> AuditActor.as("test", () -> meetings.approveMinutes(first.id(), 1, second.id())))
                .hasMessageContaining("only the latest version");
        assertThatThrownBy(() -> AuditActor.as("test", () -> meetings.approveMinutes(first.id(), 2, earlier.id())))
                .hasMessageContaining("later meeting");
        assertThatThrownBy(() -> AuditActor.as("test", () -> meetings.approveMinutes(first.id(), 2, future.id())))
                .hasMessageContaining("not been held");
        assertThat(meetings.approval(first.id())).isEmpty();

        var approval = AuditActor.as("test", () -> meetings.approveMinutes(first.id(), 2, second.id()));
        assertThat(approval.version()).isEqualTo(2);
        assertThat(approval.atMeetingId()).isEqualTo(second.id());
        assertThat(meetings.approvedAt(second.id())).extracting(Meeting::id).containsExactly(first.id());

        // approved minutes are closed, in the service and in the database itself
        assertThatThrownBy(() -> AuditActor.as("test", () -> meetings.writeMinutes(first.id(), "Draft three.")))
                .hasMessageContaining("approved");
        assertThatThrownBy(() -> AuditActor.as("test", () -> meetings.decide(first.id(), "Too late.")))
                .hasMessageContaining("approved");
        assertThatThrownBy(() -> jdbc.update(
                        "update organising.minutes_version set body = 'rewritten' where meeting_id = ?", first.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("approved");
        assertThatThrownBy(
                        () -> jdbc.update("delete from organising.minutes_approval where meeting_id = ?", first.id()))
                .isInstanceOf(DataAccessException.class);
        assertThat(meetings.minutes(first.id())).hasSize(2);
    }

    @Test
    void actionPointsAreFollowUpsAndShowOnTheOwnersFollowUpsBesideTheEngagementOnes() throws Exception {
        // a caucus of the test's own, so that one person owes both kinds
        var owner = f.members.get(0);
        Group caucus = AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.CAUCUS,
                        "Follow-up caucus " + f.group.id(),
                        "follow-up-caucus-" + f.group.id(),
                        null,
                        false,
                        List.of()));
        AuditActor.as("test", () -> groups.join(caucus.id(), owner.personId(), Role.MEMBER, today));
        var engagement = AuditActor.as(
                "test",
                () -> engagements.log(new Engagements.Details(
                        caucus.id(),
                        EngagementKind.CALL,
                        "Call with the minister's office",
                        Fixture.at(today.minusDays(1), 11),
                        30,
                        null,
                        null,
                        List.of(owner.personId()),
                        List.of())));
        var fromEngagement = AuditActor.as(
                "test",
                () -> followUps.add(
                        engagement.id(),
                        "Send the minister's office our figures",
                        owner.personId(),
                        today.plusDays(3)));

        Meeting m = meeting("Action meeting", today, false);
        var organiser = DemoData.signIn(mvc, f.organiser.email());
        for (var point : List.of("Book the hall for March", "Print the leaflets")) {
            mvc.perform(post("/meetings/" + m.id() + "/action-points")
                    .with(csrf())
                    .session(organiser)
                    .param("action", point)
                    .param("ownerId", String.valueOf(owner.personId()))
                    .param("dueOn", today.plusDays(10).toString()));
        }
        var points = meetings.actionPoints(m.id());
        assertThat(points).extracting(p -> p.action()).containsExactly("Book the hall for March", "Print the leaflets");
        assertThat(points).allSatisfy(p -> {
            assertThat(p.engagementId()).isNull();
            assertThat(p.groupId()).isEqualTo(f.group.id());
            assertThat(p.sourceKind()).isEqualTo(Meetings.SOURCE);
        });
        // the same rows as the engagement's follow-up, owed by the same person
        assertThat(followUps.owedBy(owner.personId()))
                .extracting(p -> p.id())
                .contains(fromEngagement.id(), points.get(0).id(), points.get(1).id());

        var session = DemoData.signIn(mvc, owner.email());
        String page = mvc.perform(get("/follow-ups").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Send the minister's office our figures", "href=\"/engagements/" + engagement.id() + "\"")
                .contains(
                        "Book the hall for March",
                        "Print the leaflets",
                        "href=\"/meetings/" + m.id() + "\"",
                        "Action meeting");

        // the owner marks one done, and goes back to the meeting
        var done = mvc.perform(post("/follow-ups/" + points.get(0).id() + "/done")
                        .with(csrf())
                        .session(session))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/meetings/" + m.id());
        assertThat(followUps.find(points.get(0).id()).orElseThrow().done()).isTrue();

        // an action point is owed by a member of the group
        long outsider = groups.currentMemberships(
                        groups.find(Demo.DERBY).orElseThrow().id())
                .get(0)
                .personId();
        assertThatThrownBy(() -> AuditActor.as(
                        "test", () -> meetings.addActionPoint(m.id(), "Outsider's task", outsider, today)))
                .hasMessageContaining("not a member of the group");
    }

    @Test
    void theGroupsCalendarIsReadByACalendarProgramAndStopsWhenTheMemberLeaves() throws Exception {
        Meeting m = meeting("Calendar meeting", today.plusDays(3), false);
        var member = f.members.get(1);
        var session = DemoData.signIn(mvc, member.email());
        var issued = mvc.perform(post("/groups/" + f.group.slug() + "/calendar")
                        .with(csrf())
                        .session(session))
                .andReturn();
        String address = (String) issued.getFlashMap().get("address");
        String path = address.substring(address.indexOf("/group-calendar/"));
        String ics = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        var summaries = calendar.getComponents("VEVENT").stream()
                .map(c -> ((VEvent) c).getSummary().getValue())
                .toList();
        assertThat(summaries).contains("Calendar meeting");
        assertThat(ics).doesNotContain("Apologies");

        var membership = groups.currentMemberships(f.group.id()).stream()
                .filter(x -> x.personId() == member.personId())
                .findFirst()
                .orElseThrow();
        AuditActor.as("test", () -> groups.leave(membership.id(), today, "moved away"));
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void thePublicPageShowsOnlyTheEventsChosenAndNothingElse() throws Exception {
        assertThat(mvc.perform(get("/local-groups/" + f.group.slug()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a group that shows nothing has no public page")
                .isEqualTo(404);
        meeting("Members only meeting", today.plusDays(2), false);
        AuditActor.as(
                "test",
                () -> meetings.schedule(new Meetings.Details(
                        f.group.id(),
                        MeetingKind.LITTER_PICK,
                        "Park litter pick",
                        Fixture.at(today.plusDays(4), 10),
                        120,
                        "The park gates",
                        null,
                        "Private agenda item",
                        true)));
        String page = mvc.perform(get("/local-groups/" + f.group.slug()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Park litter pick", "The park gates")
                .doesNotContain("Members only meeting", "Private agenda item");
        String ics = mvc.perform(get("/local-groups/" + f.group.slug() + "/events.ics"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ics).contains("Park litter pick").doesNotContain("Members only meeting");
    }
}
