package org.convener.bulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.ModelOptions;
import org.convener.engine.Party;
import org.convener.engine.Poll;
import org.convener.engine.PollAverage;
import org.convener.engine.Projection;
import org.convener.engine.Targets;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonKind;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.CurrentUser;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.convener.polls.Polls;
import org.convener.polls.Projections;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@ConvenerTest
class BulletinsTest {

    static final String BASSETLAW = "E14001079";
    /** Published by the House of Commons Library: Jo White's 2024 majority in Bassetlaw. */
    static final String BASSETLAW_MAJORITY = "5,768";

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    @Autowired
    Bulletins bulletins;

    @Autowired
    Metrics metrics;

    @Autowired
    BulletinFiles files;

    @Autowired
    BriefingPacks packs;

    @Autowired
    CaucusAccess caucuses;

    @Autowired
    Polls polls;

    @Autowired
    Projections projections;

    @Autowired
    Groups groups;

    @Autowired
    People people;

    @Autowired
    SeatIntelligence seats;

    @Autowired
    JdbcClient jdbc;

    Group redWall;
    CurrentUser admin;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
        redWall = caucuses.find(Demo.RED_WALL).orElseThrow();
        var account = accounts.find(DemoData.ADMIN).orElseThrow();
        admin = new CurrentUser(account.id(), account.email(), null, Set.of(CurrentUser.ADMIN));
    }

    @Test
    void assemblesAWeeksFiguresAsComputedIndependently() {
        LocalDate week = LocalDate.of(2026, 7, 13);
        LocalDate sunday = LocalDate.of(2026, 7, 19);
        var metric = AuditActor.as(
                "test",
                () -> metrics.define(redWall.id(), "Test: claims decided in July", "claims", "test", "", null, true));
        record(metric, "2026-07-10", "100");
        record(metric, "2026-07-15", "130");
        record(metric, "2026-07-18", "145.5");
        record(metric, "2026-07-25", "999");

        Figures figures = bulletins.assemble(redWall, week);

        // the poll average as of the newest poll by Sunday, and by the Sunday before
        LocalDate newest = newestPoll(sunday);
        LocalDate newestBefore = newestPoll(sunday.minusDays(7));
        var now = PollAverage.of(polls.polls(), newest, projections.settings().averaging());
        var before = PollAverage.of(
                polls.polls(), newestBefore, projections.settings().averaging());
        double expectedChange =
                100 * (now.shares().get(Party.RUK) - before.shares().get(Party.RUK));
        assertThat(figures.polling().newest()).isEqualTo(newest);
        assertThat(figures.polling().change(Party.RUK.code())).isCloseTo(expectedChange, within(0.11));

        // the members' seats lost at Reform UK's share then, projected seat by seat here
        double share = now.shares().get(Party.RUK);
        var baseline = projections.baseline2024();
        var target = baseline.shares().withShare(Party.RUK, share, Projections.othersThan(Party.RUK));
        var projection = Projection.of(
                baseline, Targets.national(target), projections.settings().swingModel(), ModelOptions.DEFAULTS);
        var projected = projections.projectedSeats();
        var lost = new HashSet<String>();
        for (Person mp : memberMps()) {
            Seat seat = seats.seat(ConstituencyCode.of(mp.constituencyCode())).orElseThrow();
            int index = projected.indexOf(seat);
            Party holder = seat.mp() != null ? seat.mp().party() : seat.winner();
            if (index >= 0 && projection.winner(index) != holder.inGbModel()) {
                lost.add(seat.code());
            }
        }
        assertThat(figures.risk().lostNow())
                .extracting(Figures.SeatLine::seatCode)
                .containsExactlyInAnyOrderElementsOf(lost);
        assertThat(figures.risk().seats()).hasSize(memberMps().size());

        // the metric: the latest value by Sunday less the latest a week earlier; later values left out
        var line = figures.metrics().stream()
                .filter(m -> m.id() == metric.id())
                .findFirst()
                .orElseThrow();
        assertThat(line.value()).isEqualByComparingTo("145.5");
        assertThat(line.change()).isEqualByComparingTo(new BigDecimal("145.5").subtract(new BigDecimal("100")));
        assertThat(figures.membership().atEnd()).isEqualTo((int) groups.memberships(redWall.id()).stream()
                .filter(m -> m.openOn(sunday))
                .count());
    }

    @Test
    void bulletinAndBriefingPdfsCarryTheOfficialMajorityAndTheMpsName() throws IOException {
        Bulletin bulletin = bulletins.draft(admin, redWall, LocalDate.of(2026, 6, 29));
        String text = pdfText(files.pdf(bulletin));
        assertThat(text).contains("Red Wall", "Jo White", "Bassetlaw", BASSETLAW_MAJORITY);

        var briefing = packs.of(BASSETLAW, java.util.Optional.empty()).orElseThrow();
        String pack = pdfText(packs.pdf(briefing));
        assertThat(pack).contains("Bassetlaw", "Jo White", BASSETLAW_MAJORITY, "Falls to Reform UK");
        assertThat(briefing.caucuses()).contains(redWall.name());
        assertThat(briefing.privateShown()).isFalse();

        String all = pdfText(packs.caucusPdf(redWall, java.util.Optional.of(admin)));
        assertThat(all).contains("Jo White", BASSETLAW_MAJORITY);
        assertThat(all.split("briefing", -1).length - 1)
                .isGreaterThanOrEqualTo(memberMps().size());
    }

    @Test
    void aStalePollAverageIsFlaggedInTheBulletin() {
        // the published polls end in July 2026: by November the newest is months old
        Figures stale = bulletins.assemble(redWall, LocalDate.of(2026, 11, 2));
        assertThat(stale.polling().stale()).isTrue();
        assertThat(stale.polling().ageDays()).isGreaterThan(14);
        Figures fresh = bulletins.assemble(redWall, LocalDate.of(2026, 7, 13));
        assertThat(fresh.polling().stale()).isFalse();
    }

    @Test
    void approvalComesBeforeSendingAndAPublishedBulletinNeverChanges() {
        Person convener = memberMps().stream()
                .filter(p -> BASSETLAW.equals(p.constituencyCode()))
                .findFirst()
                .orElseThrow();
        AuditActor.as("test", () -> people.recordConsent(convener.id(), Channel.EMAIL, true, "test: asked in person"));
        Bulletin draft = bulletins.draft(admin, redWall, LocalDate.of(2026, 6, 22));
        assertThatThrownBy(() -> bulletins.publish(admin, draft))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("approve");
        Bulletin edited = bulletins.edit(admin, draft, "This week in brief.", true);
        Bulletin approved = bulletins.approve(admin, edited);
        int recipients = bulletins.recipients(redWall.id()).size();
        int sent = bulletins.publish(admin, approved);
        assertThat(sent).isEqualTo(recipients).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from platform.outbox_message where reference = :r")
                        .param("r", "bulletin:" + draft.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(sent);

        Bulletin published = bulletins.find(redWall, draft.week()).orElseThrow();
        assertThat(published.published()).isTrue();
        assertThatThrownBy(() -> bulletins.edit(admin, published, "changed", true))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> bulletins.draft(admin, redWall, draft.week()))
                .isInstanceOf(IllegalStateException.class);
        // and the database refuses it too
        assertThatThrownBy(() -> jdbc.sql("update bulletins.bulletin set intro = 'x' where id = :id")
                        .param("id", draft.id())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("published");
        assertThat(bulletins.find(redWall, draft.week()).orElseThrow().intro()).isEqualTo("This week in brief.");
    }

    @Test
    void theCaucussRecordedEndorsementsAreInItsBulletinWithTheirCounts() throws IOException {
        LocalDate week = Bulletins.weekOf(bulletins.today());
        var recorded = jdbc.sql("""
                        select e.candidate_name, e.contest_id from ballots.endorsement e
                        where e.group_id = ? and e.endorsed_on <= ? order by e.endorsed_on desc, e.candidate_name
                        """)
                .params(redWall.id(), java.sql.Date.valueOf(week.plusDays(6)))
                .query((rs, n) -> new String[] {rs.getString(1), "/ballots/" + rs.getLong(2)})
                .list();
        assertThat(recorded).as("the demo caucus's endorsement").isNotEmpty();

        Figures figures = bulletins.assemble(redWall, week);
        assertThat(figures.endorsements())
                .extracting(Figures.Line::link)
                .containsExactly(recorded.stream().map(r -> r[1]).toArray(String[]::new));
        assertThat(figures.endorsements())
                .allSatisfy(line -> assertThat(recorded.stream().map(r -> r[0])).anyMatch(line.text()::startsWith));

        Bulletin bulletin = bulletins.draft(admin, redWall, week);
        assertThat(pdfText(files.pdf(bulletin))).contains("Endorsements", recorded.get(0)[0]);

        // an earlier week's bulletin stands before the endorsement was made
        assertThat(bulletins.assemble(redWall, LocalDate.of(2024, 7, 1)).endorsements())
                .isEmpty();
    }

    @Test
    void theDemoHasAPublishedIllustrativeBulletinAndMetrics() {
        var archive = bulletins.archive(redWall, java.util.Optional.empty());
        assertThat(archive).anySatisfy(b -> {
            assertThat(b.illustrative()).isTrue();
            assertThat(b.published()).isTrue();
        });
        assertThat(metrics.of(redWall.id())).extracting(Metric::name).contains("People returned since July 2024");
    }

    private void record(Metric metric, String day, String value) {
        AuditActor.as(
                "test",
                () -> metrics.record(
                        metric.id(), LocalDate.parse(day), new BigDecimal(value), "https://example.org/" + day, null));
    }

    private LocalDate newestPoll(LocalDate by) {
        return polls.polls().stream()
                .filter(p -> !p.mrp())
                .map(Poll::fieldworkEnd)
                .filter(d -> !d.isAfter(by))
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    private List<Person> memberMps() {
        var ids = groups.currentMemberships(redWall.id()).stream()
                .map(Membership::personId)
                .toList();
        return people.findAll(ids).stream()
                .filter(p -> p.kind() == PersonKind.MP && p.constituencyCode() != null)
                .toList();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
