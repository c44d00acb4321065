package org.convener.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.DatasetImports;
import org.convener.shared.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Engagements, the asks raised and committed to there, follow-ups and the ask's timeline. */
@ConvenerTest
class EngagementsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Engagements engagements;

    @Autowired
    FollowUps followUps;

    @Autowired
    Asks asks;

    @Autowired
    Topics topics;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    Groups groups;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    Group caucus;
    List<Long> members;
    long minister;
    long welfare;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
        caucus = groups.find(Demo.RED_WALL).orElseThrow();
        members = groups.currentMemberships(caucus.id()).stream()
                .map(Membership::personId)
                .toList();
        welfare = topics.all().stream()
                .filter(t -> t.name().equals("Welfare"))
                .findFirst()
                .orElseThrow()
                .id();
        minister = AuditActor.as(
                "test",
                () -> stakeholders
                        .add(
                                new PersonDraft(
                                        "Minister " + SERIAL.incrementAndGet(),
                                        PersonKind.STAKEHOLDER,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        Set.of()),
                                StakeholderCategory.MINISTER,
                                "HM Treasury",
                                "Chief Secretary",
                                LocalDate.of(2025, 9, 6),
                                caucus.id())
                        .person()
                        .id());
    }

    private Instant daysAgo(int days) {
        return engagements
                .today()
                .minusDays(days)
                .atTime(LocalTime.of(10, 0))
                .atZone(Format.LONDON)
                .toInstant();
    }

    private Engagement meeting(Instant at) {
        return AuditActor.as(
                "test",
                () -> engagements.log(new Engagements.Details(
                        caucus.id(),
                        EngagementKind.MEETING,
                        "Test meeting " + SERIAL.incrementAndGet(),
                        at,
                        45,
                        "Room 1",
                        null,
                        List.of(minister, members.get(0), members.get(1)),
                        List.of(welfare))));
    }

    private Ask draft(String title) {
        return AuditActor.as(
                "test",
                () -> asks.draft(
                        caucus.id(),
                        welfare,
                        title + " " + SERIAL.incrementAndGet(),
                        "The wording.",
                        engagements.today().minusDays(30)));
    }

    @Test
    void aMeetingRaisesAnAskAndACommitmentMovesItToCommittedWithEveryStepDated() {
        Engagement meeting = meeting(daysAgo(3));
        Ask ask = draft("Raise the taper");
        assertThat(meeting.attendees()).containsExactlyInAnyOrder(minister, members.get(0), members.get(1));
        assertThat(meeting.topicIds()).containsExactly(welfare);

        AuditActor.as("test", () -> engagements.raise(meeting.id(), ask.id()));
        assertThat(asks.find(ask.id()).orElseThrow().status()).isEqualTo(AskStatus.RAISED);

        AuditActor.as(
                "test",
                () -> engagements.commit(meeting.id(), ask.id(), minister, "We will review the taper by the summer."));

        assertThat(asks.find(ask.id()).orElseThrow().status()).isEqualTo(AskStatus.COMMITTED);
        var moves = asks.transitions(ask.id());
        assertThat(moves)
                .extracting(Ask.Transition::to)
                .containsExactly(AskStatus.DRAFTED, AskStatus.RAISED, AskStatus.COMMITTED);
        assertThat(moves.get(1).on()).isEqualTo(engagements.today().minusDays(3));
        assertThat(moves.get(2).engagementId()).isEqualTo(meeting.id());
        assertThat(moves).allSatisfy(m -> assertThat(m.recordedBy()).isEqualTo("test"));
        assertThat(asks.timeline(ask.id()))
                .extracting(AskTimeline.Entry::what)
                .contains("Drafted", "Raised", "Meeting", "Commitment", "Committed");
        assertThat(audit.search("ask", null, null, null, null, 1))
                .anyMatch(r -> r.entityId().equals(String.valueOf(ask.id()))
                        && r.action().equals("moved"));
    }

    @Test
    void aCommitmentOnAnAskNotYetRaisedThereRaisesItFirst() {
        Engagement meeting = meeting(daysAgo(1));
        Ask ask = draft("Straight to a promise");
        AuditActor.as("test", () -> engagements.commit(meeting.id(), ask.id(), null, "Yes."));
        assertThat(asks.transitions(ask.id()))
                .extracting(Ask.Transition::to)
                .containsExactly(AskStatus.DRAFTED, AskStatus.RAISED, AskStatus.COMMITTED);
        assertThat(engagements.find(meeting.id()).orElseThrow().askIds()).contains(ask.id());
    }

    @Test
    void illegalMovesAreRefusedAndLeaveTheAskAsItWas() {
        Ask ask = draft("Not so fast");
        assertThatThrownBy(() ->
                        AuditActor.as("test", () -> asks.move(ask.id(), AskStatus.DELIVERED, null, "wishful", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot become delivered");
        assertThatThrownBy(() -> AuditActor.as("test", () -> asks.move(ask.id(), AskStatus.RAISED, null, "  ", null)))
                .hasMessageContaining("say why");
        assertThatThrownBy(() -> AuditActor.as(
                        "test",
                        () -> asks.move(
                                ask.id(),
                                AskStatus.RAISED,
                                engagements.today().minusDays(40),
                                "before it existed",
                                null)))
                .hasMessageContaining("before the last one");
        assertThatThrownBy(() -> AuditActor.as(
                        "test",
                        () -> asks.move(
                                ask.id(), AskStatus.RAISED, engagements.today().plusDays(1), "tomorrow", null)))
                .hasMessageContaining("future");
        assertThat(asks.find(ask.id()).orElseThrow().status()).isEqualTo(AskStatus.DRAFTED);
        assertThat(asks.transitions(ask.id())).hasSize(1);

        AuditActor.as("test", () -> asks.move(ask.id(), AskStatus.DROPPED, null, "no longer needed", null));
        assertThatThrownBy(() -> AuditActor.as(
                        "test", () -> asks.move(ask.id(), AskStatus.RAISED, null, "changed our minds", null)))
                .hasMessageContaining("it is closed");
    }

    @Test
    void aCommitmentCannotBeRecordedBeforeTheMeetingOrFromSomeoneNotThere() {
        Engagement upcoming = meeting(daysAgo(-5));
        Ask ask = draft("Future");
        assertThatThrownBy(
                        () -> AuditActor.as("test", () -> engagements.commit(upcoming.id(), ask.id(), null, "promise")))
                .hasMessageContaining("before the engagement has happened");
        Engagement past = meeting(daysAgo(2));
        long absent = members.get(5);
        assertThatThrownBy(() -> AuditActor.as("test", () -> engagements.commit(past.id(), null, absent, "promise")))
                .hasMessageContaining("among those at the engagement");
        assertThat(engagements.commitments(past.id())).isEmpty();
        // raised at a future meeting: linked, but not yet raised
        AuditActor.as("test", () -> engagements.raise(upcoming.id(), ask.id()));
        assertThat(asks.find(ask.id()).orElseThrow().status()).isEqualTo(AskStatus.DRAFTED);
    }

    @Test
    void followUpsHaveAnOwnerFromTheCaucusAndOverdueOnesAreListed() {
        Engagement meeting = meeting(daysAgo(10));
        var late = AuditActor.as(
                "test",
                () -> followUps.add(
                        meeting.id(),
                        "Write to the minister",
                        members.get(2),
                        engagements.today().minusDays(2)));
        var onTime = AuditActor.as(
                "test",
                () -> followUps.add(
                        meeting.id(),
                        "Brief the members",
                        members.get(2),
                        engagements.today().plusDays(2)));
        assertThatThrownBy(() -> AuditActor.as(
                        "test", () -> followUps.add(meeting.id(), "Outsider", minister, engagements.today())))
                .hasMessageContaining("not a member of the caucus");

        assertThat(followUps.owedBy(members.get(2)))
                .extracting(Engagement.FollowUp::id)
                .contains(late.id(), onTime.id());
        assertThat(followUps.overdue(Set.of(caucus.id())))
                .extracting(Engagement.FollowUp::id)
                .contains(late.id())
                .doesNotContain(onTime.id());

        AuditActor.as("test", () -> followUps.complete(late.id()));
        assertThat(followUps.overdue(Set.of(caucus.id())))
                .extracting(Engagement.FollowUp::id)
                .doesNotContain(late.id());
        assertThatThrownBy(() -> AuditActor.as("test", () -> followUps.complete(late.id())))
                .hasMessageContaining("already done");
    }

    @Test
    void evidenceMustPointAtSomethingReal() {
        Ask ask = draft("With evidence");
        AuditActor.as("test", () -> asks.addEvidence(ask.id(), Ask.EvidenceKind.SEAT, "E14001079", "Bassetlaw"));
        AuditActor.as("test", () -> asks.addEvidence(ask.id(), Ask.EvidenceKind.SEAT_SET, "redwall", null));
        AuditActor.as(
                "test",
                () -> asks.addEvidence(ask.id(), Ask.EvidenceKind.PROJECTION, "/projection?shares=RUK%3D30", null));
        assertThatThrownBy(() -> asks.addEvidence(ask.id(), Ask.EvidenceKind.SEAT, "E99999999", null))
                .hasMessageContaining("not a 2024 constituency");
        assertThatThrownBy(() -> asks.addEvidence(ask.id(), Ask.EvidenceKind.SEAT_SET, "no-such-set", null))
                .hasMessageContaining("no seat set");
        assertThatThrownBy(() -> asks.addEvidence(ask.id(), Ask.EvidenceKind.LINK, "javascript:alert(1)", null))
                .hasMessageContaining("https://");
        assertThat(asks.evidence(ask.id()))
                .extracting(Ask.Evidence::kind)
                .containsExactly(Ask.EvidenceKind.SEAT, Ask.EvidenceKind.SEAT_SET, Ask.EvidenceKind.PROJECTION);
    }

    @Test
    void aStakeholdersPostsFollowThemThroughAReshuffle() {
        long id = minister;
        var first = stakeholders.positions(id).get(0);
        AuditActor.as("test", () -> stakeholders.endPosition(first.id(), LocalDate.of(2026, 5, 1)));
        AuditActor.as(
                "test",
                () -> stakeholders.addPosition(
                        id,
                        StakeholderCategory.MINISTER,
                        "Home Office",
                        "Home Secretary",
                        LocalDate.of(2026, 5, 2),
                        null));
        var stakeholder = stakeholders.find(id).orElseThrow();
        assertThat(stakeholder.current(LocalDate.of(2026, 4, 1)).orElseThrow().role())
                .isEqualTo("Chief Secretary");
        assertThat(stakeholder.current(LocalDate.of(2026, 6, 1)).orElseThrow().role())
                .isEqualTo("Home Secretary");
        assertThatThrownBy(() -> stakeholders.endPosition(first.id(), LocalDate.of(2026, 6, 1)))
                .hasMessageContaining("already ended");
        assertThat(jdbc.queryForObject(
                        "select count(*) from people.person where id = ? and kind = 'STAKEHOLDER'", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void onlyStakeholdersAndMembersCanBeListedAsThere() {
        long outsider = groups.find(Demo.DERBY)
                .map(g -> groups.currentMemberships(g.id()).get(0).personId())
                .orElseThrow();
        assertThatThrownBy(() -> AuditActor.as(
                        "test",
                        () -> engagements.log(new Engagements.Details(
                                caucus.id(),
                                EngagementKind.CALL,
                                "A call",
                                daysAgo(1),
                                30,
                                null,
                                null,
                                List.of(minister, outsider),
                                List.of()))))
                .hasMessageContaining("stakeholders or members of the caucus");
    }

    @Test
    void aNewAskRaisedAtAPastMeetingIsDatedWithIt() {
        Engagement meeting = meeting(daysAgo(20));
        Ask ask = AuditActor.as(
                "test",
                () -> engagements.raiseNew(
                        meeting.id(), welfare, "Raised back then " + SERIAL.incrementAndGet(), "Words."));
        assertThat(ask.status()).isEqualTo(AskStatus.RAISED);
        assertThat(asks.transitions(ask.id()))
                .extracting(Ask.Transition::on)
                .containsExactly(
                        engagements.today().minusDays(20), engagements.today().minusDays(20));
        // an ask drafted since is recorded as raised there on the day it was drafted, not before it existed
        Ask later = AuditActor.as(
                "test", () -> asks.draft(caucus.id(), welfare, "Drafted since " + SERIAL.incrementAndGet(), "Words."));
        AuditActor.as("test", () -> engagements.commit(meeting.id(), later.id(), minister, "Agreed."));
        assertThat(asks.transitions(later.id()))
                .extracting(Ask.Transition::to)
                .containsExactly(AskStatus.DRAFTED, AskStatus.RAISED, AskStatus.COMMITTED);
        assertThat(asks.transitions(later.id())).extracting(Ask.Transition::on).containsOnly(asks.today());
    }
}
