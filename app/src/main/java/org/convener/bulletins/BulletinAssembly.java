package org.convener.bulletins;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.ballots.BallotBox;
import org.convener.engagements.AskStatus;
import org.convener.engagements.Asks;
import org.convener.engagements.Engagements;
import org.convener.engine.Party;
import org.convener.engine.Poll;
import org.convener.engine.PollAverage;
import org.convener.groups.CaucusRisk;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.OfficerPosts;
import org.convener.letters.Letters;
import org.convener.letters.Signatures;
import org.convener.polls.PollFreshness;
import org.convener.polls.Polls;
import org.convener.polls.ProjectionRun;
import org.convener.polls.Projections;
import org.convener.shared.Format;
import org.springframework.stereotype.Component;

/**
 * Assembles a bulletin's figures from the caucus's record for a week, through the other modules'
 * public APIs: the poll average and projections from polls, the members' seats and their risk
 * from groups, asks and engagements, letters, and the caucus's own metrics.
 */
@Component
class BulletinAssembly {

    private static final ZoneId LONDON = Format.LONDON;

    private final Polls polls;
    private final Projections projections;
    private final PollFreshness freshness;
    private final CaucusRisk risk;
    private final Groups groups;
    private final Asks asks;
    private final Engagements engagements;
    private final Letters letters;
    private final Signatures signatures;
    private final OfficerPosts posts;
    private final BallotBox ballots;
    private final BulletinStore store;

    BulletinAssembly(
            Polls polls,
            Projections projections,
            PollFreshness freshness,
            CaucusRisk risk,
            Groups groups,
            Asks asks,
            Engagements engagements,
            Letters letters,
            Signatures signatures,
            OfficerPosts posts,
            BallotBox ballots,
            BulletinStore store) {
        this.polls = polls;
        this.projections = projections;
        this.freshness = freshness;
        this.risk = risk;
        this.groups = groups;
        this.asks = asks;
        this.engagements = engagements;
        this.letters = letters;
        this.signatures = signatures;
        this.posts = posts;
        this.ballots = ballots;
        this.store = store;
    }

    /** The figures of {@code caucus}'s bulletin for the week starting {@code week}, standing on {@code asOf}. */
    Figures assemble(Group caucus, LocalDate week, LocalDate asOf) {
        LocalDate end = week.plusDays(6);
        Optional<PollAverage> now = averageOn(asOf);
        Optional<PollAverage> before = averageOn(asOf.minusDays(7));
        return new Figures(
                caucus.name(),
                caucus.slug(),
                week,
                asOf,
                now.map(a -> polling(a, before.orElse(null), asOf)).orElse(null),
                now.map(a -> risk(caucus, a, before.orElse(null))).orElse(null),
                metrics(caucus.id(), asOf),
                asksMoved(caucus.id(), week, end, null),
                commitments(caucus.id(), week, end),
                asksMoved(caucus.id(), week, end, AskStatus.DELIVERED),
                engagementsHeld(caucus.id(), week, end),
                letters(caucus.id(), week, end),
                membership(caucus.id(), week, asOf),
                vacanciesFilled(caucus, week, end),
                endorsements(caucus.id(), asOf));
    }

    /** The average as of the newest poll ended on or before {@code day}, as the polls page shows it. */
    Optional<PollAverage> averageOn(LocalDate day) {
        Optional<LocalDate> newest = polls.polls().stream()
                .filter(p -> !p.mrp())
                .map(Poll::fieldworkEnd)
                .filter(d -> !d.isAfter(day))
                .max(LocalDate::compareTo);
        return newest.map(d -> polls.averageAsOf(d, projections.settings().averaging()));
    }

    private Figures.Polling polling(PollAverage now, PollAverage before, LocalDate asOf) {
        var age = new org.convener.polls.AverageAge(now.asOf(), asOf, freshness.staleAfterDays());
        return new Figures.Polling(
                now.asOf(),
                age.days(),
                age.stale(),
                freshness.staleAfterDays(),
                percents(now),
                before == null ? null : percents(before));
    }

    private static Map<String, Double> percents(PollAverage average) {
        var shares = new LinkedHashMap<String, Double>();
        for (Party party : Party.GB_MODEL) {
            shares.put(party.code(), Math.round(average.shares().get(party) * 1000) / 10.0);
        }
        return shares;
    }

    private Figures.Risk risk(Group caucus, PollAverage now, PollAverage before) {
        var members = risk.outlook(caucus, CaucusRisk.StartingPoint.POLL_AVERAGE, null)
                .map(CaucusRisk.Outlook::seats)
                .orElse(List.of());
        ProjectionRun runNow = projections.run(projections.defaultScenario(now.shares()));
        ProjectionRun runBefore = before == null ? null : projections.run(projections.defaultScenario(before.shares()));
        var lines = new ArrayList<Figures.SeatLine>();
        for (var m : members) {
            lines.add(new Figures.SeatLine(
                    m.mp().displayName(),
                    m.seat().code(),
                    m.seat().name(),
                    m.seat().majority(),
                    chance(runNow, m),
                    runBefore == null ? null : chance(runBefore, m)));
        }
        // the seats whose chance moved most first; without last week, the most at risk first
        lines.sort(Comparator.comparing((Figures.SeatLine l) -> l.change() == null ? 0 : -Math.abs(l.change()))
                .thenComparing(l -> l.holdNow() == null ? 2.0 : l.holdNow()));
        double shareNow = now.shares().get(Party.RUK);
        var lostNow = losingAt(caucus, shareNow).stream()
                .map(m -> lines.stream()
                        .filter(l -> l.seatCode().equals(m.seat().code()))
                        .findFirst()
                        .orElseThrow())
                .toList();
        Double shareBefore = before == null ? null : before.shares().get(Party.RUK);
        int lostBefore = shareBefore == null ? 0 : losingAt(caucus, shareBefore).size();
        return new Figures.Risk(lines, shareNow, shareBefore, lostNow, lostBefore);
    }

    /** The caucus's endorsements recorded by the day the bulletin stands on, newest first, each linked to its count. */
    private List<Figures.Line> endorsements(long caucusId, LocalDate asOf) {
        return ballots.endorsements(caucusId).stream()
                .filter(e -> !e.endorsedOn().isAfter(asOf))
                .map(e -> new Figures.Line(
                        e.candidateName() + ", in " + e.contestTitle(), e.endorsedOn(), "/ballots/" + e.contestId()))
                .toList();
    }

    /** The members who lose their seats if Reform UK polls {@code share}, swung from the 2024 result. */
    private List<CaucusRisk.MemberSeat> losingAt(Group caucus, double share) {
        return risk.outlook(caucus, CaucusRisk.StartingPoint.RESULT_2024, share)
                .map(CaucusRisk.Outlook::losing)
                .orElse(List.of());
    }

    private static Double chance(ProjectionRun run, CaucusRisk.MemberSeat member) {
        int index = run.indexOf(member.seat());
        return index < 0
                ? null
                : run.simulation().winProbability(index, member.party().inGbModel());
    }

    private List<Figures.MetricLine> metrics(long caucusId, LocalDate asOf) {
        var lines = new ArrayList<Figures.MetricLine>();
        for (Metric metric : store.metrics(caucusId)) {
            var latest = store.valueOn(metric.id(), asOf);
            var weekBefore = store.valueOn(metric.id(), asOf.minusDays(7));
            lines.add(new Figures.MetricLine(
                    metric.id(),
                    metric.name(),
                    metric.unit(),
                    latest.map(Metric.Value::value).orElse(null),
                    latest.map(Metric.Value::refersTo).orElse(null),
                    weekBefore.map(Metric.Value::value).orElse(null),
                    latest.map(Metric.Value::sourceUrl).orElse(null)));
        }
        return lines;
    }

    private List<Figures.AskLine> asksMoved(long caucusId, LocalDate week, LocalDate end, AskStatus only) {
        var lines = new ArrayList<Figures.AskLine>();
        for (var ask : asks.of(Set.of(caucusId), null)) {
            for (var move : asks.transitions(ask.id())) {
                if (within(move.on(), week, end) && (only == null || move.to() == only)) {
                    lines.add(new Figures.AskLine(
                            ask.id(),
                            ask.title(),
                            move.from() == null ? null : move.from().label(),
                            move.to().label(),
                            move.on()));
                }
            }
        }
        lines.sort(Comparator.comparing(Figures.AskLine::on).thenComparing(Figures.AskLine::id));
        return lines;
    }

    private List<Figures.Line> commitments(long caucusId, LocalDate week, LocalDate end) {
        var lines = new ArrayList<Figures.Line>();
        for (var e : engagements.of(Set.of(caucusId))) {
            for (var c : engagements.commitments(e.id())) {
                LocalDate on = day(c.recordedAt());
                if (within(on, week, end)) {
                    lines.add(new Figures.Line(c.wording() + " (" + e.title() + ")", on, "/engagements/" + e.id()));
                }
            }
        }
        lines.sort(Comparator.comparing(Figures.Line::on));
        return lines;
    }

    private List<Figures.Line> engagementsHeld(long caucusId, LocalDate week, LocalDate end) {
        return engagements.of(Set.of(caucusId)).stream()
                .filter(e -> within(day(e.startsAt()), week, end))
                .sorted(Comparator.comparing(org.convener.engagements.Engagement::startsAt))
                .map(e -> new Figures.Line(e.title(), day(e.startsAt()), "/engagements/" + e.id()))
                .toList();
    }

    private List<Figures.Line> letters(long caucusId, LocalDate week, LocalDate end) {
        var lines = new ArrayList<Figures.Line>();
        for (var letter : letters.all()) {
            if (letter.organisingCaucus() != caucusId && !letter.invited().contains(caucusId)) {
                continue;
            }
            String link = "/letters/" + letter.id();
            event(lines, "Opened for signatures: " + letter.title(), letter.openedAt(), week, end, link);
            event(lines, "Locked: " + letter.title(), letter.lockedAt(), week, end, link);
            event(lines, "Published: " + letter.title(), letter.publishedAt(), week, end, link);
            long signed = signatures.signatures(letter.id()).stream()
                    .filter(s -> within(day(s.signedAt()), week, end))
                    .count();
            if (signed > 0) {
                lines.add(new Figures.Line(
                        signed + (signed == 1 ? " signature" : " signatures") + " added: " + letter.title(),
                        end,
                        link));
            }
        }
        lines.sort(Comparator.comparing(Figures.Line::on));
        return lines;
    }

    private static void event(
            List<Figures.Line> lines, String text, Instant at, LocalDate week, LocalDate end, String link) {
        if (at != null && within(day(at), week, end)) {
            lines.add(new Figures.Line(text, day(at), link));
        }
    }

    private Figures.Membership membership(long caucusId, LocalDate week, LocalDate asOf) {
        var memberships = groups.memberships(caucusId);
        int atStart = (int)
                memberships.stream().filter(m -> m.openOn(week.minusDays(1))).count();
        int atEnd = (int) memberships.stream().filter(m -> m.openOn(asOf)).count();
        return new Figures.Membership(atStart, atEnd);
    }

    private List<Figures.Line> vacanciesFilled(Group caucus, LocalDate week, LocalDate end) {
        var lines = new ArrayList<Figures.Line>();
        for (var post : posts.posts(caucus.id())) {
            for (var holding : post.holdings()) {
                if (within(holding.startedOn(), week, end)) {
                    lines.add(new Figures.Line(
                            post.title() + " filled",
                            holding.startedOn(),
                            "/groups/" + caucus.slug() + "/posts/" + post.id()));
                }
            }
        }
        return lines;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(LONDON).toLocalDate();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
