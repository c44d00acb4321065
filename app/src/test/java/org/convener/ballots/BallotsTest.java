package org.convener.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.count.BltReader;
import org.convener.count.Candidate;
import org.convener.count.CountingRule;
import org.convener.count.Lot;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.groups.Role;
import org.convener.people.People;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.Workspace;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contests from nominations to declared result: one vote per member (the database refuses a second
 * too), votes only while open and from the electorate, nothing readable before the close, receipts,
 * the published file recounting to the same result, and the endorsement it makes.
 */
@ConvenerTest
class BallotsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Contests contests;

    @Autowired
    BallotBox box;

    @Autowired
    Hustings hustings;

    @Autowired
    Groups groups;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Workspace workspace;

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    Group doncaster;
    List<Long> members;
    Instant now;
    Instant opens;
    Instant closes;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
        doncaster = groups.find(Demo.DONCASTER).orElseThrow();
        // the electorate of the contests made here: members on the day before
        members = groups.memberships(doncaster.id()).stream()
                .filter(m -> m.openOn(LocalDate.now().minusDays(1)) && m.open())
                .map(Membership::personId)
                .distinct()
                .toList();
        assertThat(members).hasSizeGreaterThanOrEqualTo(8);
        now = contests.now();
        opens = now.plus(Duration.ofDays(1));
        closes = now.plus(Duration.ofDays(2));
    }

    private Contest contest(ContestKind kind, Method method, int seats, boolean ron, int seconders) {
        return as(() -> contests.create(
                new Contests.Plan(
                        doncaster.id(),
                        kind,
                        "Test contest " + SERIAL.incrementAndGet(),
                        null,
                        method,
                        seats,
                        ron,
                        seconders,
                        opens,
                        LocalDate.now().minusDays(1),
                        opens,
                        closes),
                false));
    }

    private static <T> T as(java.util.function.Supplier<T> change) {
        return AuditActor.as("test", change::get);
    }

    /** Three members nominate themselves; each is seconded by the next member along. */
    private List<Nomination> threeCandidates(Contest c) {
        var out = new java.util.ArrayList<Nomination>();
        for (int i = 0; i < 3; i++) {
            long candidate = members.get(i);
            Nomination n = as(() -> contests.nominate(c.id(), candidate, candidate, "I will do the job well.", now));
            int seconder = i + 3;
            as(() -> contests.second(c.id(), n.id(), members.get(seconder), now));
            out.add(n);
        }
        return out;
    }

    private String cast(Contest c, long person, Long... choices) {
        return transactions.execute(s -> as(() -> box.cast(c.id(), person, List.of(choices), opens.plusSeconds(60))));
    }

    private Result count(Contest c) {
        transactions.executeWithoutResult(s -> as(() -> {
            box.countIfDue(c.id(), closes.plusSeconds(1));
            return null;
        }));
        return box.result(contests.find(c.id()).orElseThrow()).orElseThrow();
    }

    @Test
    void aMemberCannotVoteTwiceAndTheDatabaseRefusesASecondVoteToo() {
        Contest c = contest(ContestKind.OFFICER, Method.SCOTTISH_STV, 1, false, 1);
        var n = threeCandidates(c);
        long voter = members.get(6);
        cast(c, voter, n.get(0).id(), n.get(1).id());
        assertThatThrownBy(() -> cast(c, voter, n.get(2).id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already voted");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into ballots.voter (contest_id, person_id, voted_on) values (?, ?, current_date)",
                        c.id(),
                        voter))
                .isInstanceOf(DataAccessException.class);
        // a paper on its own, without a vote recorded, is refused when the transaction commits
        assertThatThrownBy(() -> jdbc.update(
                        "insert into ballots.sealed_paper (contest_id, sealed) values (?, ?)", c.id(), new byte[] {1}))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("votes but");
        assertThat(box.turnout(c).voted()).isEqualTo(1);
    }

    @Test
    void votesAreTakenOnlyWhileVotingIsOpenAndOnlyFromTheElectorate() {
        Contest c = contest(ContestKind.OFFICER, Method.IRV, 1, false, 0);
        var n = threeCandidates(c);
        long voter = members.get(6);
        assertThatThrownBy(() -> transactions.execute(s ->
                        as(() -> box.cast(c.id(), voter, List.of(n.get(0).id()), opens.minusSeconds(1)))))
                .hasMessageContaining("not opened");
        assertThatThrownBy(() -> transactions.execute(s ->
                        as(() -> box.cast(c.id(), voter, List.of(n.get(0).id()), closes))))
                .hasMessageContaining("closed");

        // joined today, after the electorate's day: not in the electorate
        long newcomer = as(() -> {
            var p = people.create(new PersonDraft(
                    "Newcomer " + SERIAL.incrementAndGet(),
                    PersonKind.ACTIVIST,
                    null,
                    null,
                    null,
                    null,
                    null,
                    java.util.Set.of()));
            groups.join(doncaster.id(), p.id(), Role.MEMBER, LocalDate.now());
            return p.id();
        });
        assertThatThrownBy(() -> cast(c, newcomer, n.get(0).id())).hasMessageContaining("only members of the group on");
        long outsider = groups.currentMemberships(
                        groups.find(Demo.DERBY).orElseThrow().id())
                .get(1)
                .personId();
        assertThatThrownBy(() -> cast(c, outsider, n.get(0).id())).hasMessageContaining("only members of the group on");
        // a paper naming someone not on it, or a candidate twice, is refused
        assertThatThrownBy(() -> cast(c, voter, 999_999L)).hasMessageContaining("not a candidate");
        assertThatThrownBy(() -> cast(c, voter, n.get(0).id(), n.get(0).id())).hasMessageContaining("only once");
        assertThat(box.turnout(c).voted()).isZero();
    }

    @Test
    void theBallotTablesHoldNothingThatIdentifiesAVoterOrTheOrderOfVoting() {
        var columns = jdbc.queryForList(
                "select table_name || '.' || column_name from information_schema.columns where table_schema = 'ballots'"
                        + " and table_name in ('sealed_paper', 'paper', 'receipt') order by 1",
                String.class);
        assertThat(columns)
                .containsExactly(
                        "paper.contest_id",
                        "paper.ranking",
                        "receipt.code",
                        "receipt.contest_id",
                        "sealed_paper.contest_id",
                        "sealed_paper.sealed");
        var voter = jdbc.queryForList(
                "select column_name from information_schema.columns where table_schema = 'ballots' and table_name = 'voter' order by 1",
                String.class);
        assertThat(voter).containsExactly("contest_id", "person_id", "voted_on");
    }

    @Test
    void nothingCanBeReadBeforeTheCloseAndTheKeyIsDestroyedAfterTheCount() {
        Contest c = contest(ContestKind.OFFICER, Method.SCOTTISH_STV, 1, false, 1);
        var n = threeCandidates(c);
        String receipt = cast(c, members.get(6), n.get(1).id(), n.get(0).id());
        byte[] sealed = jdbc.queryForObject(
                "select sealed from ballots.sealed_paper where contest_id = ?", byte[].class, c.id());
        String asText = new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(asText)
                .doesNotContain(receipt)
                .doesNotContain(String.valueOf(n.get(1).id()));
        assertThat(box.result(c)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from ballots.paper where contest_id = ?", Integer.class, c.id()))
                .isZero();
        java.nio.file.Path key = workspace.varDir().resolve("ballot-keys").resolve(c.box() + ".key");
        assertThat(key).exists();

        count(c);
        assertThat(key).doesNotExist();
        assertThat(jdbc.queryForObject(
                        "select count(*) from ballots.paper where contest_id = ?", Integer.class, c.id()))
                .isEqualTo(1);
    }

    @Test
    void aReceiptChecksOutAfterTheCloseAndAForgedOneDoesNot() {
        Contest c = contest(ContestKind.OFFICER, Method.MEEK, 2, true, 1);
        var n = threeCandidates(c);
        String mine = cast(c, members.get(6), n.get(2).id(), 0L, n.get(0).id());
        cast(c, members.get(7), n.get(0).id());
        cast(c, members.get(0), 0L);
        Result result = count(c);
        assertThat(result.receipts()).hasSize(3).contains(mine).isSorted();
        assertThat(box.receiptCounted(result, mine)).isTrue();
        assertThat(box.receiptCounted(result, mine.toLowerCase().replace("-", " ")))
                .isTrue();
        String forged = (mine.charAt(0) == 'A' ? "B" : "A") + mine.substring(1);
        assertThat(box.receiptCounted(result, forged)).isFalse();
        assertThat(box.receiptCounted(result, "")).isFalse();
    }

    @Test
    void thePublishedBallotFileRecountsToTheSameResult() {
        Contest c = contest(ContestKind.OFFICER, Method.SCOTTISH_STV, 2, true, 1);
        var n = threeCandidates(c);
        Long a = n.get(0).id(), b = n.get(1).id(), d = n.get(2).id();
        cast(c, members.get(6), a, b);
        cast(c, members.get(7), a, d, b);
        cast(c, members.get(0), a);
        cast(c, members.get(1), b, a);
        cast(c, members.get(2), d, 0L);
        Result result = count(c);

        var election = BltReader.read("published.blt", result.blt());
        assertThat(election.papers()).isEqualTo(5);
        assertThat(election.candidates()).extracting(Candidate::name).last().isEqualTo(Contests.RON);
        var recount = CountingRule.named("scottish-stv").count(election, Lot.random(result.seed()));
        assertThat(recount.elected()).extracting(Candidate::name).containsExactlyElementsOf(result.elected());
        assertThat(recount.stages()).hasSize(result.report().path("stages").size());
        for (var stage : recount.stages()) {
            var published =
                    result.report().path("stages").get(stage.number() - 1).path("totals");
            for (var candidate : election.candidates()) {
                assertThat(published.path(candidate.name()).asText())
                        .isEqualTo(stage.total(candidate).toPlainString());
            }
        }
        assertThat(result.elected()).hasSize(2).contains(n.get(0).candidateName());
    }

    @Test
    void theAuditLogRecordsThatAMemberVotedButNeverTheirChoice() {
        Contest c = contest(ContestKind.OFFICER, Method.IRV, 1, false, 1);
        var n = threeCandidates(c);
        String receipt = cast(c, members.get(6), n.get(2).id(), n.get(1).id());
        var entries = jdbc.queryForList(
                "select action, coalesce(after, '') as after, subject from platform.audit_event where entity_type = 'contest' and entity_id = ?",
                String.valueOf(c.id()));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("voted");
            assertThat(e.get("subject")).isEqualTo("person:" + members.get(6));
        });
        String everything = jdbc.queryForList(
                        "select coalesce(before, '') || coalesce(after, '') from platform.audit_event", String.class)
                .toString();
        assertThat(everything).doesNotContain(receipt);
    }

    @Test
    void theWinnerOfAnEndorsementBecomesTheGroupsEndorsementWithTheCountOneClickAway() throws Exception {
        Contest c = contest(ContestKind.ENDORSEMENT, Method.IRV, 1, true, 0);
        var n = threeCandidates(c);
        cast(c, members.get(6), n.get(1).id());
        cast(c, members.get(7), n.get(1).id(), n.get(0).id());
        cast(c, members.get(0), n.get(0).id());
        Result result = count(c);
        assertThat(result.elected()).containsExactly(n.get(1).candidateName());
        assertThat(box.endorsements(doncaster.id())).anySatisfy(e -> {
            assertThat(e.candidateName()).isEqualTo(n.get(1).candidateName());
            assertThat(e.contestId()).isEqualTo(c.id());
        });
        MockHttpSession organiser = DemoData.signIn(mvc, DemoData.DONCASTER_ORGANISER);
        String fragment = mvc.perform(get("/ballots/groups/" + doncaster.id() + "/endorsements")
                        .session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains(n.get(1).candidateName(), "/ballots/" + c.id() + "#result");
    }

    @Test
    void papersVotesAndResultsCannotBeChangedOrDeleted() {
        Contest c = contest(ContestKind.OFFICER, Method.FPTP, 1, false, 0);
        var n = threeCandidates(c);
        cast(c, members.get(6), n.get(0).id());
        count(c);
        for (String sql : List.of(
                "update ballots.voter set person_id = person_id where contest_id = ?",
                "delete from ballots.voter where contest_id = ?",
                "update ballots.sealed_paper set sealed = sealed where contest_id = ?",
                "delete from ballots.sealed_paper where contest_id = ?",
                "update ballots.paper set ranking = '{1}' where contest_id = ?",
                "delete from ballots.paper where contest_id = ?",
                "delete from ballots.receipt where contest_id = ?",
                "update ballots.result set seed = 0 where contest_id = ?")) {
            assertThatThrownBy(() -> jdbc.update(sql, c.id())).as(sql).isInstanceOf(DataAccessException.class);
        }
        assertThatThrownBy(() -> cast(c, members.get(7), n.get(0).id())).hasMessageContaining("closed");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into ballots.voter (contest_id, person_id, voted_on) values (?, ?, current_date)",
                        c.id(),
                        members.get(7)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("has been counted");
    }

    @Test
    void aNominationStandsOnlyWhenAcceptedAndSecondedAndNominationsCloseOnTime() {
        Contest c = contest(ContestKind.OFFICER, Method.SCOTTISH_STV, 1, false, 2);
        long nominator = members.get(0);
        long candidate = members.get(1);
        Nomination n = as(() -> contests.nominate(c.id(), candidate, nominator, "Statement.", now));
        assertThat(n.accepted()).isFalse();
        assertThatThrownBy(() -> as(() -> contests.second(c.id(), n.id(), nominator, now)))
                .hasMessageContaining("other than the candidate and the nominator");
        as(() -> contests.second(c.id(), n.id(), members.get(2), now));
        as(() -> contests.acceptAsCandidate(c.id(), n.id(), candidate));
        assertThat(contests.onPaper(c)).isEmpty();
        as(() -> contests.second(c.id(), n.id(), members.get(3), now));
        assertThat(contests.onPaper(c)).extracting(Nomination::id).containsExactly(n.id());

        assertThatThrownBy(() -> as(() -> contests.nominate(c.id(), members.get(4), members.get(4), "Late.", opens)))
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into ballots.nomination (contest_id, candidate_id, nominated_by, statement, nominated_at) values (?, ?, ?, 'x', ?)",
                        c.id(),
                        members.get(4),
                        members.get(4),
                        java.sql.Timestamp.from(opens)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("nominations closed");
    }

    @Test
    void membersSendInQuestionsBeforeTheHustingsAndTheChairChoosesTheOrder() {
        Contest c = contest(ContestKind.OFFICER, Method.SCOTTISH_STV, 1, false, 0);
        var n = threeCandidates(c);
        Instant starts = now.plus(Duration.ofHours(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var meeting = as(() -> hustings.plan(c.id(), starts, 60, "Community centre", members.get(5)));
        assertThat(meeting.speakers())
                .containsExactlyElementsOf(n.stream().map(Nomination::id).toList());
        var first = as(() -> hustings.ask(c.id(), members.get(6), "What about the newsletter?", now));
        var second = as(() -> hustings.ask(c.id(), members.get(7), "How will you reach new members?", now));
        assertThatThrownBy(() -> as(() -> hustings.ask(c.id(), members.get(0), "Too late?", starts)))
                .hasMessageContaining("before the hustings starts");
        transactions.executeWithoutResult(s -> as(() -> {
            hustings.choose(c.id(), second.id(), true);
            hustings.choose(c.id(), first.id(), true);
            hustings.order(
                    c.id(), List.of(n.get(2).id(), n.get(0).id(), n.get(1).id()));
            return null;
        }));
        var after = hustings.of(c).orElseThrow();
        assertThat(after.chosen()).extracting(Hustings.Question::id).containsExactly(second.id(), first.id());
        assertThat(after.speakers())
                .containsExactly(n.get(2).id(), n.get(0).id(), n.get(1).id());
        assertThat(after.engagementId())
                .as("a local group's hustings is not a caucus engagement")
                .isNull();
    }

    @Test
    void aSubjectAccessExportListsWhatTheyWroteAndThatTheyVotedAndErasureBlanksIt() {
        Contest c = contest(ContestKind.ENDORSEMENT, Method.IRV, 1, false, 0);
        long person = as(() -> {
            var p = people.create(new PersonDraft(
                    "Candidate " + SERIAL.incrementAndGet(),
                    PersonKind.ACTIVIST,
                    null,
                    null,
                    null,
                    null,
                    null,
                    java.util.Set.of()));
            groups.join(doncaster.id(), p.id(), Role.MEMBER, LocalDate.now().minusDays(10));
            return p.id();
        });
        Nomination mine = as(() -> contests.nominate(c.id(), person, person, "My own words about my politics.", now));
        as(() -> hustings.plan(c.id(), now.plus(Duration.ofHours(3)), 60, null, null));
        as(() -> hustings.ask(c.id(), person, "A question in my words?", now));
        cast(c, person, mine.id());
        cast(c, members.get(6), mine.id());
        count(c);

        var export = people.export(person);
        assertThat(export.toString())
                .contains("My own words about my politics.", "A question in my words?", "votedIn", c.title());
        as(() -> {
            people.erase(person);
            return null;
        });
        assertThat(contests.nominations(c.id()))
                .extracting(Nomination::statement)
                .containsExactly("Erased.");
        assertThat(hustings.of(c).orElseThrow().questions())
                .extracting(Hustings.Question::wording)
                .containsExactly("Erased.");
        assertThat(box.endorsements(doncaster.id()))
                .filteredOn(e -> e.contestId() == c.id())
                .extracting(Endorsement::candidateName)
                .containsExactly("Erased person #" + person);
        assertThat(box.turnout(c).voted())
                .as("that they voted stays, anonymous")
                .isEqualTo(2);
    }

    @Test
    void theDemoEndorsementWasCountedWithAHustingsBeforehand() {
        Group redWall = groups.find(Demo.RED_WALL).orElseThrow();
        Contest deputy = contests.of(redWall.id()).stream()
                .filter(c -> c.kind() == ContestKind.ENDORSEMENT)
                .findFirst()
                .orElseThrow();
        Result result = box.result(deputy).orElseThrow();
        assertThat(result.elected()).containsExactly("Lucy Powell");
        assertThat(box.endorsements(redWall.id()))
                .extracting(Endorsement::candidateName)
                .containsExactly("Lucy Powell");
        var meeting = hustings.of(deputy).orElseThrow();
        assertThat(meeting.startsAt()).isBefore(deputy.opensAt());
        assertThat(meeting.chosen()).hasSize(2);
        assertThat(meeting.engagementId()).isNotNull();
        Group derby = groups.find(Demo.DERBY).orElseThrow();
        Contest secretary = contests.of(derby.id()).get(0);
        assertThat(secretary.method()).isEqualTo(Method.SCOTTISH_STV);
        assertThat(secretary.phase(contests.now())).isEqualTo(Phase.VOTING);
        assertThat(contests.onPaper(secretary)).hasSize(3);
    }
}
