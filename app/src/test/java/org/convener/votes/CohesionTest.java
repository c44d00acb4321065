package org.convener.votes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Membership;
import org.convener.groups.Role;
import org.convener.people.Origin;
import org.convener.people.People;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.convener.seats.SeatSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cohesion of a fixture caucus on the real division lists. The caucus is made of real MPs with
 * memberships written here; the two-child cap amendment (23 July 2024, id 1829) is the fixture
 * division, where three of them voted aye against the Labour majority and two voted no.
 */
@ConvenerTest
class CohesionTest {

    static final int CAP = 1829;
    static final LocalDate CAP_DAY = LocalDate.of(2024, 7, 23);
    static final LocalDate BEFORE = LocalDate.of(2024, 7, 9);
    /** The day after the cap vote. */
    static final LocalDate AFTER = LocalDate.of(2024, 7, 24);

    static final int MCDONNELL = 178;
    static final int BURGON = 4493;
    static final int BYRNE = 4831;
    static final int WHITE = 5105;
    static final int MCEVOY = 5037;
    static final int ATKINSON = 5143;

    @Autowired
    DatasetImports imports;

    @Autowired
    Cohesions cohesions;

    @Autowired
    Votes votes;

    @Autowired
    People people;

    @BeforeEach
    void imported() {
        OfficialData.imported(imports);
    }

    @Test
    void theFixtureMembersVotedAsTheDivisionListSays() {
        var cast = votes.votesIn(CAP);
        assertThat(lobbyOf(cast, MCDONNELL)).isEqualTo(Lobby.AYE);
        assertThat(lobbyOf(cast, BURGON)).isEqualTo(Lobby.AYE);
        assertThat(lobbyOf(cast, BYRNE)).isEqualTo(Lobby.AYE);
        assertThat(lobbyOf(cast, WHITE)).isEqualTo(Lobby.NO);
        assertThat(lobbyOf(cast, MCEVOY)).isEqualTo(Lobby.NO);
        assertThat(lobbyOf(cast, ATKINSON)).isEqualTo(Lobby.NO);
    }

    @Test
    void theRiceIndexOfTheFixtureCaucusIsComputedOverItsMembersThatDay() {
        // members that day: three ayes, two noes; Atkinson joined the day after
        double byHand = Math.abs(3 - 2) / (double) (3 + 2);

        CohesionReport report = cohesions.of(fixture(AFTER), CAP_DAY, CAP_DAY, false);

        DivisionCohesion cap = on(report, CAP);
        assertThat(cap.bloc()).isEqualTo(new Split(3, 2, 0));
        assertThat(cap.members()).isEqualTo(5);
        assertThat(cap.bloc().rice()).hasValue(byHand);
        assertThat(cap.split()).isTrue();
        assertThat(cap.brokeWithParty()).isTrue();
        assertThat(cap.withLabour()).contains(false);
        assertThat(report.party()).isEqualTo(Party.LAB);
        assertThat(report.breaks()).extracting(d -> d.division().id()).contains(CAP);
    }

    @Test
    void aMembersVotesBeforeTheyJoinedDoNotCount() {
        CohesionReport joinedLater = cohesions.of(fixture(AFTER), null, null, false);
        CohesionReport joinedBefore = cohesions.of(fixture(BEFORE), null, null, false);

        // had Atkinson been a member, the caucus would have split three–three
        assertThat(on(joinedBefore, CAP).bloc()).isEqualTo(new Split(3, 3, 0));
        assertThat(on(joinedBefore, CAP).bloc().rice()).hasValue(0.0);
        assertThat(on(joinedLater, CAP).bloc()).isEqualTo(new Split(3, 2, 0));
        MemberCohesion later = member(joinedLater, ATKINSON);
        MemberCohesion before = member(joinedBefore, ATKINSON);
        long heldBeforeJoining = votes.divisions().stream()
                .filter(d -> d.heldOn().isBefore(AFTER) && !d.freeVote())
                .count();
        assertThat(before.held() - later.held()).isEqualTo((int) heldBeforeJoining);
        assertThat(later.held()).isEqualTo((int) votes.divisions().stream()
                .filter(d -> !d.heldOn().isBefore(AFTER) && !d.freeVote())
                .count());
    }

    @Test
    void aFreeVoteIsLeftOutOfRebellionsOnceMarked() {
        Bloc caucus = fixture(BEFORE);
        CohesionReport whipped = cohesions.of(caucus, CAP_DAY, CAP_DAY, false);
        int mcdonnell = member(whipped, MCDONNELL).rebellions();
        int mcdonnellOnRecord =
                votes.recordOf(MCDONNELL, null, null, false).rebellions().size();
        assertThat(votes.recordOf(MCDONNELL, null, null, false).rebellions())
                .extracting(r -> r.division().id())
                .contains(CAP);

        AuditActor.as("test", () -> votes.markFreeVote(CAP, "fixture"));
        try {
            CohesionReport free = cohesions.of(caucus, CAP_DAY, CAP_DAY, false);
            assertThat(member(free, MCDONNELL).rebellions()).isEqualTo(mcdonnell - 1);
            assertThat(free.coverage().freeVotesLeftOut()).isEqualTo(1);
            assertThat(free.divisions()).extracting(d -> d.division().id()).doesNotContain(CAP);
            assertThat(votes.recordOf(MCDONNELL, null, null, false).rebellions())
                    .hasSize(mcdonnellOnRecord - 1)
                    .extracting(r -> r.division().id())
                    .doesNotContain(CAP);
            // asked for, the free vote counts again
            CohesionReport asked = cohesions.of(caucus, CAP_DAY, CAP_DAY, true);
            assertThat(member(asked, MCDONNELL).rebellions()).isEqualTo(mcdonnell);
            assertThat(asked.coverage().freeVotesLeftOut()).isZero();
        } finally {
            AuditActor.as("test", () -> votes.unmarkFreeVote(CAP));
        }
    }

    @Test
    void aPartysMpsAreCountedUnderThePartyTheyHeldAtTheVote() throws IOException {
        // Labour's split on the cap amendment, counted from the published file: tellers with their side
        int ayes = 0;
        int noes = 0;
        try (Reader in = Files.newBufferedReader(
                OfficialData.directory().resolve("commons-division-votes-2024-parliament.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (row.get("commons_votes_division_id").equals(String.valueOf(CAP))
                        && row.get("party").equals("Lab")) {
                    ayes += row.get("vote").equals("aye") ? 1 : 0;
                    noes += row.get("vote").equals("no") ? 1 : 0;
                }
            }
        }

        CohesionReport labour = cohesions.of(Bloc.party(Party.LAB), CAP_DAY, CAP_DAY, false);

        assertThat(on(labour, CAP).bloc()).isEqualTo(new Split(ayes, noes, 0));
        assertThat(on(labour, CAP).bloc().rice()).hasValue(Math.abs(ayes - noes) / (double) (ayes + noes));
        assertThat(labour.withLabourShare()).hasValue(1.0);
    }

    @Test
    void aSeatSetsMpsAreThoseWhoSatForItsSeats() {
        var set = new SeatSet(
                "fixture-seats",
                "Bassetlaw, Derby North and Hayes",
                null,
                SeatSet.Origin.USER,
                Instant.now(),
                Set.of(
                        ConstituencyCode.of("E14001079"),
                        ConstituencyCode.of("E14001193"),
                        ConstituencyCode.of("E14001276")));

        BlocVote cap = cohesions.in(Bloc.seatSet(set), CAP);

        // Jo White and Catherine Atkinson no, John McDonnell aye
        assertThat(cap.split()).isEqualTo(new Split(1, 2, 0));
        assertThat(cap.votes()).extracting(MpVote::memberId).containsExactlyInAnyOrder(WHITE, ATKINSON, MCDONNELL);
    }

    /** The fixture caucus: everyone a member from {@code BEFORE}, except Atkinson, who joins on {@code atkinsonJoins}. */
    private Bloc fixture(LocalDate atkinsonJoins) {
        var group = new Group(
                -1, GroupKind.CAUCUS, "Fixture caucus", "fixture-caucus", null, true, Instant.now(), List.of());
        var memberships = new ArrayList<Membership>();
        long id = 1;
        for (int mp : List.of(MCDONNELL, BURGON, BYRNE, WHITE, MCEVOY)) {
            memberships.add(membership(id++, person(mp), BEFORE));
        }
        memberships.add(membership(id, person(ATKINSON), atkinsonJoins));
        return Bloc.caucus(group, memberships);
    }

    private static Membership membership(long id, long personId, LocalDate from) {
        return new Membership(
                id, -1, personId, Role.MEMBER, from, null, null, Origin.ADMINISTRATOR, "test", Instant.now());
    }

    private long person(int memberId) {
        return people.findMp(memberId).orElseThrow().id();
    }

    private static Lobby lobbyOf(List<MpVote> cast, int memberId) {
        return cast.stream()
                .filter(v -> v.memberId() == memberId)
                .findFirst()
                .orElseThrow()
                .lobby();
    }

    private static DivisionCohesion on(CohesionReport report, int divisionId) {
        return report.divisions().stream()
                .filter(d -> d.division().id() == divisionId)
                .findFirst()
                .orElseThrow();
    }

    private static MemberCohesion member(CohesionReport report, int memberId) {
        return report.members().stream()
                .filter(m -> m.mp().memberId() == memberId)
                .findFirst()
                .orElseThrow();
    }
}
