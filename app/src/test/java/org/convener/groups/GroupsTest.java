package org.convener.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.engine.ConstituencyCode;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.convener.seats.SeatSets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Memberships over time, officer posts and vacancies, a caucus's seats and the risk they run. */
@ConvenerTest
class GroupsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Groups groups;

    @Autowired
    OfficerPosts officerPosts;

    @Autowired
    People people;

    @Autowired
    CaucusRisk risk;

    @Autowired
    SeatSets sets;

    @Autowired
    org.convener.seats.SeatIntelligence seatIntelligence;

    @Autowired
    GroupRoles roles;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    private Group localGroup() {
        int n = SERIAL.incrementAndGet();
        return AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.LOCAL_GROUP,
                        "Groups test " + n,
                        "groups-test-" + n,
                        null,
                        false,
                        List.of(new Group.Area("E14001079", null))));
    }

    private Person person(String name) {
        return AuditActor.as(
                "test",
                () -> people.create(new PersonDraft(
                        name + " " + SERIAL.incrementAndGet(),
                        PersonKind.ACTIVIST,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of())));
    }

    @Test
    void aChangeOfRoleClosesOneMembershipAndOpensAnotherSoHistoryIsKept() {
        Group group = localGroup();
        Person alex = person("Alex");
        var first =
                AuditActor.as("test", () -> groups.join(group.id(), alex.id(), Role.MEMBER, LocalDate.of(2025, 1, 6)));
        var second =
                AuditActor.as("test", () -> groups.changeRole(first.id(), Role.ORGANISER, LocalDate.of(2025, 7, 1)));

        var all = groups.memberships(group.id());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).role()).isEqualTo(Role.MEMBER);
        assertThat(all.get(0).endedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(all.get(1).id()).isEqualTo(second.id());
        assertThat(all.get(1).open()).isTrue();
        assertThat(groups.growth(group.id()))
                .containsEntry(LocalDate.of(2025, 1, 6), 1)
                .containsEntry(LocalDate.of(2025, 7, 1), 1);

        assertThatThrownBy(() -> groups.join(group.id(), alex.id(), Role.MEMBER, LocalDate.of(2025, 8, 1)))
                .hasMessageContaining("already a member");
        assertThatThrownBy(() -> groups.join(
                        group.id(),
                        person("Future").id(),
                        Role.MEMBER,
                        groups.today().plusDays(1)))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> groups.join(group.id(), person("Wrong").id(), Role.CONVENER, LocalDate.of(2025, 8, 1)))
                .hasMessageContaining("local groups have no conveners");
        assertThatThrownBy(() -> groups.leave(second.id(), LocalDate.of(2025, 6, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appointingToAPostEndsThePreviousHoldingAndKeepsEveryTermInItsHistory() {
        Group group = localGroup();
        Person first = person("First");
        Person second = person("Second");
        var post = AuditActor.as(
                "test", () -> officerPosts.createPost(group.id(), "Secretary", "Minutes and correspondence"));
        assertThat(officerPosts.vacancies()).anyMatch(v -> v.post().id() == post.id());

        AuditActor.as("test", () -> officerPosts.appoint(post.id(), first.id(), LocalDate.of(2025, 3, 1)));
        assertThat(officerPosts.vacancies()).noneMatch(v -> v.post().id() == post.id());
        // the appointee joined the group
        assertThat(groups.currentMemberships(group.id())).anyMatch(m -> m.personId() == first.id());

        AuditActor.as("test", () -> officerPosts.appoint(post.id(), second.id(), LocalDate.of(2025, 9, 1)));
        AuditActor.as("test", () -> officerPosts.vacate(post.id(), LocalDate.of(2026, 1, 31)));

        var holdings = officerPosts.post(post.id()).orElseThrow().holdings();
        assertThat(holdings)
                .extracting(OfficerPost.Holding::personId, OfficerPost.Holding::startedOn, OfficerPost.Holding::endedOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                first.id(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31)),
                        org.assertj.core.groups.Tuple.tuple(
                                second.id(), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31)));
        assertThat(officerPosts.post(post.id()).orElseThrow().vacant()).isTrue();
        assertThatThrownBy(() -> officerPosts.vacate(post.id(), LocalDate.of(2026, 2, 1)))
                .hasMessageContaining("already vacant");
        assertThatThrownBy(() -> officerPosts.appoint(post.id(), first.id(), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void volunteeringForAVacancyAndBeingAppointedClosesTheOffer() {
        Group group = localGroup();
        Person keen = person("Keen");
        var post = AuditActor.as("test", () -> officerPosts.createPost(group.id(), "Campaigns officer", null));
        AuditActor.as("test", () -> officerPosts.volunteer(post.id(), keen.id(), "I can do Saturdays"));
        assertThatThrownBy(() -> officerPosts.volunteer(post.id(), keen.id(), null))
                .hasMessageContaining("already volunteered");
        assertThat(officerPosts.vacancies())
                .filteredOn(v -> v.post().id() == post.id())
                .singleElement()
                .satisfies(v -> assertThat(v.openOffers()).isEqualTo(1));

        AuditActor.as("test", () -> officerPosts.appoint(post.id(), keen.id(), groups.today()));

        assertThat(officerPosts.volunteers(post.id()))
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(Volunteer.Status.APPOINTED));
        assertThat(officerPosts.vacancies()).noneMatch(v -> v.post().id() == post.id());
        assertThatThrownBy(
                        () -> officerPosts.volunteer(post.id(), person("Late").id(), null))
                .hasMessageContaining("not vacant");
    }

    @Test
    void theDemoCaucusGrowsAsTheRedWallCaucusDidAndItsSeatSetFollowsItsMembers() {
        Group caucus = groups.find(Demo.RED_WALL).orElseThrow();
        // the Labour MPs for red-wall seats in the Members list: 45
        long labourRedWallMps = seatIntelligence.seats().stream()
                .filter(s -> sets.find("redwall")
                        .orElseThrow()
                        .contains(s.constituency().code()))
                .filter(s -> s.mp() != null && s.mp().party() == org.convener.engine.Party.LAB)
                .count();
        assertThat(labourRedWallMps).isEqualTo(45);
        var growth = groups.growth(caucus.id());
        assertThat(growth.floorEntry(LocalDate.of(2024, 11, 30)).getValue()).isEqualTo(24);
        assertThat(growth.floorEntry(LocalDate.of(2024, 12, 31)).getValue()).isEqualTo(35);
        assertThat(growth.floorEntry(LocalDate.of(2025, 5, 31)).getValue()).isEqualTo(45);
        assertThat(growth.lastEntry().getValue()).isEqualTo(44);

        var members = groups.currentMemberships(caucus.id()).stream()
                .map(Membership::personId)
                .toList();
        Set<String> memberSeats =
                people.findAll(members).stream().map(Person::constituencyCode).collect(Collectors.toSet());
        var set = sets.find("caucus-" + Demo.RED_WALL).orElseThrow();
        assertThat(set.seats().stream().map(ConstituencyCode::value).collect(Collectors.toSet()))
                .isEqualTo(memberSeats)
                .hasSize(44);
        // every member is a Labour MP for a seat in the red-wall set
        var redWall = sets.find("redwall").orElseThrow();
        assertThat(set.seats()).allMatch(redWall::contains);
    }

    @Test
    void aCaucusSeatSetLosesASeatWhenItsMpLeaves() {
        int n = SERIAL.incrementAndGet();
        Group caucus = AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.CAUCUS, "Seat set test caucus " + n, "seat-set-test-" + n, null, false, List.of()));
        Person bassetlaw =
                people.findByNameAndConstituency("Jo White", "E14001079").get(0);
        Person derbyNorth = people.findByNameAndConstituency("Catherine Atkinson", "E14001193")
                .get(0);
        AuditActor.as("test", () -> groups.join(caucus.id(), bassetlaw.id(), Role.CONVENER, LocalDate.of(2025, 1, 1)));
        var m = AuditActor.as(
                "test", () -> groups.join(caucus.id(), derbyNorth.id(), Role.MEMBER, LocalDate.of(2025, 1, 1)));
        assertThat(sets.find("caucus-seat-set-test-" + n).orElseThrow().seats())
                .containsExactlyInAnyOrder(ConstituencyCode.of("E14001079"), ConstituencyCode.of("E14001193"));

        AuditActor.as("test", () -> groups.leave(m.id(), LocalDate.of(2025, 6, 1), null));

        assertThat(sets.find("caucus-seat-set-test-" + n).orElseThrow().seats())
                .containsExactly(ConstituencyCode.of("E14001079"));
    }

    @Test
    void theRiskDashboardPutsTheLeastSafeFirstAndTheLosersAtAShareAreThoseWhoseTippingPointIsPassed() {
        Group caucus = groups.find(Demo.RED_WALL).orElseThrow();
        for (var start : CaucusRisk.StartingPoint.values()) {
            var outlook = risk.outlook(caucus, start, null).orElseThrow();
            assertThat(outlook.start()).isEqualTo(start);
            var seats = outlook.seats();
            assertThat(seats).hasSize(44);
            assertThat(outlook.reformShare())
                    .as("by default the share asked about is the starting point's own")
                    .isEqualTo(outlook.startingReform());
            if (start == CaucusRisk.StartingPoint.POLL_AVERAGE) {
                assertThat(outlook.averageAsOf()).isNotNull();
                assertThat(seats).allSatisfy(s -> assertThat(s.holdChance()).isBetween(0.0, 1.0));
                for (int i = 1; i < seats.size(); i++) {
                    assertThat(seats.get(i).holdChance())
                            .isGreaterThanOrEqualTo(seats.get(i - 1).holdChance());
                }
            } else {
                assertThat(seats).allSatisfy(s -> assertThat(s.holdChance()).isNull());
            }

            double share = 0.30;
            var losing = new HashSet<>(risk.outlook(caucus, start, share).orElseThrow().losing().stream()
                    .map(s -> s.seat().code())
                    .toList());
            for (var s : seats) {
                if (s.reformTippingPoint() != null && s.reformTippingPoint() < share - 0.002) {
                    assertThat(losing)
                            .as(start + ": " + s.seat().name() + " falls to Reform at " + s.reformTippingPoint())
                            .contains(s.seat().code());
                }
            }
            assertThat(risk.outlook(caucus, start, 0.10).orElseThrow().losing()).hasSizeLessThan(losing.size());
            assertThat(risk.outlook(caucus, start, 0.45).orElseThrow().losing())
                    .hasSizeGreaterThanOrEqualTo(losing.size());
        }
    }

    @Test
    void theTwoStartingPointsDisagreeAboutWhoFallsAtTheSameShare() {
        Group caucus = groups.find(Demo.RED_WALL).orElseThrow();
        var polls = risk.outlook(caucus, CaucusRisk.StartingPoint.POLL_AVERAGE, null)
                .orElseThrow();
        var result =
                risk.outlook(caucus, CaucusRisk.StartingPoint.RESULT_2024, null).orElseThrow();
        assertThat(polls.startingReform()).isNotEqualTo(result.startingReform());
        var tippingFromPolls = polls.seats().stream()
                .collect(java.util.stream.Collectors.toMap(
                        s -> s.seat().code(), s -> String.valueOf(s.reformTippingPoint())));
        var tippingFrom2024 = result.seats().stream()
                .collect(java.util.stream.Collectors.toMap(
                        s -> s.seat().code(), s -> String.valueOf(s.reformTippingPoint())));
        assertThat(tippingFromPolls)
                .as("each starting point works out its own tipping points")
                .isNotEqualTo(tippingFrom2024);
    }

    @Test
    void whoeverRunsAGroupHoldsTheMatchingRole() {
        Person convener =
                people.findByNameAndConstituency("Jo White", "E14001079").get(0);
        Person organiser = people.findByEmail("maya.okafor@example.org").orElseThrow();
        Person member = people.findByEmail("imran.qureshi@example.org").orElseThrow();
        assertThat(roles.rolesOf(convener.id())).contains("OFFICER").doesNotContain("ORGANISER");
        assertThat(roles.rolesOf(organiser.id())).containsExactly("ORGANISER");
        assertThat(roles.rolesOf(member.id())).isEmpty();
    }

    @Test
    void caucusPostsTakeNoVolunteers() {
        Group caucus = groups.find(Demo.RED_WALL).orElseThrow();
        var vacant = officerPosts.posts(caucus.id()).stream()
                .filter(OfficerPost::vacant)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> AuditActor.as(
                        "test",
                        () -> officerPosts.volunteer(
                                vacant.id(), person("Eager").id(), null)))
                .hasMessageContaining("only local groups");
    }
}
