package org.convener.engagements;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.convener.engine.ConstituencyCode;
import org.convener.platform.Links;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.seats.SeatIntelligence;
import org.convener.seats.SeatSets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The asks caucuses press, how each has moved, what supports it, and its timeline. */
@Service
public class Asks {

    private static final Pattern PROJECTION = Pattern.compile("/projection(\\?[\\w=&%.,+-]*)?");

    private final JdbcTemplate jdbc;
    private final Topics topics;
    private final Caucuses caucuses;
    private final SeatIntelligence seats;
    private final SeatSets sets;
    private final AuditLog audit;
    private final ObjectProvider<AskTimeline> timelines;
    private final Clock clock;

    private final Accounts accounts;

    Asks(
            JdbcTemplate jdbc,
            Topics topics,
            Caucuses caucuses,
            SeatIntelligence seats,
            SeatSets sets,
            AuditLog audit,
            ObjectProvider<AskTimeline> timelines,
            Accounts accounts,
            Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.topics = topics;
        this.caucuses = caucuses;
        this.seats = seats;
        this.sets = sets;
        this.audit = audit;
        this.timelines = timelines;
        this.clock = clock;
    }

    /** Today where the caucus works, as engagements count it. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(org.convener.shared.Format.LONDON));
    }

    public Optional<Ask> find(long id) {
        return jdbc.query("select * from engagements.ask where id = ?", (rs, n) -> ask(rs), id).stream()
                .findFirst();
    }

    /** The asks of some caucuses, optionally of one topic, newest first. */
    public List<Ask> of(Set<Long> caucusIds, Long topicId) {
        if (caucusIds.isEmpty()) {
            return List.of();
        }
        var params = new ArrayList<Object>();
        params.add(caucusIds.toArray(new Long[0]));
        String topic = "";
        if (topicId != null) {
            topic = " and topic_id = ?";
            params.add(topicId);
        }
        return jdbc.query(
                "select * from engagements.ask where caucus_id = any(?)" + topic + " order by id desc",
                (rs, n) -> ask(rs),
                params.toArray());
    }

    /** The board: asks by status, in lifecycle order. */
    public Map<AskStatus, List<Ask>> board(Set<Long> caucusIds, Long topicId) {
        var board = new EnumMap<AskStatus, List<Ask>>(AskStatus.class);
        for (AskStatus status : AskStatus.values()) {
            board.put(status, new ArrayList<>());
        }
        of(caucusIds, topicId).forEach(a -> board.get(a.status()).add(a));
        return board;
    }

    public List<Ask.Transition> transitions(long askId) {
        return jdbc.query(
                "select * from engagements.ask_transition where ask_id = ? order by id",
                (rs, n) -> transition(rs),
                askId);
    }

    public List<Ask.Evidence> evidence(long askId) {
        return jdbc.query(
                "select * from engagements.ask_evidence where ask_id = ? order by id",
                (rs, n) -> new Ask.Evidence(
                        rs.getLong("id"),
                        rs.getLong("ask_id"),
                        Ask.EvidenceKind.valueOf(rs.getString("kind")),
                        rs.getString("target"),
                        rs.getString("note")),
                askId);
    }

    @Transactional
    public Ask draft(long caucusId, long topicId, String title, String wording) {
        return draft(caucusId, topicId, title, wording, today());
    }

    /** Drafts an ask on a day gone by, for recording the history of asks made before Convener. */
    @Transactional
    public Ask draft(long caucusId, long topicId, String title, String wording, LocalDate on) {
        if (on.isAfter(today())) {
            throw new IllegalArgumentException("an ask cannot be drafted in the future");
        }
        caucuses.find(caucusId).orElseThrow(() -> new IllegalArgumentException("no such caucus"));
        topics.find(topicId)
                .filter(t -> !t.retired())
                .orElseThrow(() -> new IllegalArgumentException("choose a topic from the list"));
        String t = title == null ? "" : title.trim();
        String w = wording == null ? "" : wording.trim();
        if (t.isEmpty() || t.length() > 200) {
            throw new IllegalArgumentException("an ask needs a title of up to 200 characters");
        }
        if (w.isEmpty() || w.length() > 5000) {
            throw new IllegalArgumentException("an ask needs its wording, in up to 5,000 characters");
        }
        var now = Timestamp.from(clock.instant());
        long id = jdbc.queryForObject(
                "insert into engagements.ask (caucus_id, topic_id, title, wording, status, created_by, created_at) values (?, ?, ?, ?, 'DRAFTED', ?, ?) returning id",
                Long.class,
                caucusId,
                topicId,
                t,
                w,
                AuditActor.who(),
                now);
        jdbc.update("""
                insert into engagements.ask_transition (ask_id, from_status, to_status, on_date, recorded_by, recorded_at, reason)
                values (?, null, 'DRAFTED', ?, ?, ?, 'drafted')
                """, id, Date.valueOf(on), AuditActor.who(), now);
        var values = new LinkedHashMap<String, Object>();
        values.put("caucus", caucusId);
        values.put("topic", topics.name(topicId));
        values.put("title", t);
        values.put("wording", w);
        audit.record("drafted", "ask", id, null, null, values);
        return find(id).orElseThrow();
    }

    /**
     * Moves an ask to its next status, dated, with the reason; the lifecycle allows only the next
     * steps (no jumping from drafted to delivered).
     *
     * @param engagementId the engagement where it happened, if any
     * @throws IllegalStateException when the lifecycle does not allow the move
     */
    @Transactional
    public Ask move(long askId, AskStatus to, LocalDate on, String reason, Long engagementId) {
        // lock the ask so that two moves at once cannot both pass the guard
        Ask ask =
                jdbc.query("select * from engagements.ask where id = ? for update", (rs, n) -> ask(rs), askId).stream()
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no such ask"));
        if (to == null) {
            throw new IllegalArgumentException("choose the new status");
        }
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new IllegalArgumentException("a move cannot be dated in the future");
        }
        var moves = transitions(askId);
        ask.checkMove(
                to, day, moves.isEmpty() ? null : moves.get(moves.size() - 1).on());
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > 1000) {
            throw new IllegalArgumentException(
                    "say why the ask is now " + to.label().toLowerCase() + ", in up to 1,000 characters");
        }
        jdbc.update("update engagements.ask set status = ? where id = ?", to.name(), askId);
        jdbc.update(
                """
                insert into engagements.ask_transition (ask_id, from_status, to_status, on_date, recorded_by, recorded_at, reason, engagement_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                askId,
                ask.status().name(),
                to.name(),
                Date.valueOf(day),
                AuditActor.who(),
                Timestamp.from(clock.instant()),
                why,
                engagementId);
        audit.record(
                "moved",
                "ask",
                askId,
                null,
                Map.of("status", ask.status().name()),
                Map.of("status", to.name(), "on", day.toString(), "reason", why));
        return find(askId).orElseThrow();
    }

    /** Adds what supports an ask: a seat's code, a seat set's name, a projection's address or a link. */
    @Transactional
    public Ask.Evidence addEvidence(long askId, Ask.EvidenceKind kind, String target, String note) {
        find(askId).orElseThrow(() -> new IllegalArgumentException("no such ask"));
        String t = target == null ? "" : target.trim();
        switch (kind) {
            case SEAT -> {
                if (!ConstituencyCode.isValid(t)
                        || seats.seat(ConstituencyCode.of(t)).isEmpty()) {
                    throw new IllegalArgumentException("\"" + t + "\" is not a 2024 constituency code");
                }
            }
            case SEAT_SET ->
                sets.find(t)
                        .orElseThrow(() -> new IllegalArgumentException("there is no seat set called \"" + t + "\""));
            case PROJECTION -> {
                if (!PROJECTION.matcher(t).matches()) {
                    throw new IllegalArgumentException(
                            "give a projection's address, such as /projection?shares=RUK%3D30");
                }
            }
            case LINK -> Links.check(t);
        }
        String n = note == null || note.isBlank() ? null : note.trim();
        long id = jdbc.queryForObject(
                "insert into engagements.ask_evidence (ask_id, kind, target, note) values (?, ?, ?, ?) returning id",
                Long.class,
                askId,
                kind.name(),
                t,
                n);
        var values = new LinkedHashMap<String, Object>();
        values.put("kind", kind.name());
        values.put("target", t);
        values.put("note", n);
        audit.record("added evidence", "ask", askId, null, null, values);
        return evidence(askId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** Everything that happened to an ask, oldest first: its moves, where it was raised, the commitments, the letters. */
    public List<AskTimeline.Entry> timeline(long askId) {
        var entries = new ArrayList<AskTimeline.Entry>();
        for (Ask.Transition t : transitions(askId)) {
            entries.add(new AskTimeline.Entry(
                    t.on(),
                    t.from() == null ? "Drafted" : t.to().label(),
                    t.reason() + " (" + accounts.actorName(t.recordedBy()) + ")",
                    t.engagementId() == null ? null : "/engagements/" + t.engagementId()));
        }
        jdbc.query(
                """
                select e.id, e.title, e.kind, e.starts_at from engagements.engagement_ask ea
                join engagements.engagement e on e.id = ea.engagement_id where ea.ask_id = ?
                """,
                rs -> {
                    entries.add(new AskTimeline.Entry(
                            rs.getTimestamp("starts_at")
                                    .toInstant()
                                    .atZone(ZoneId.systemDefault())
                                    .toLocalDate(),
                            EngagementKind.valueOf(rs.getString("kind")).label(),
                            rs.getString("title"),
                            "/engagements/" + rs.getLong("id")));
                },
                askId);
        jdbc.query(
                """
                select c.wording, c.engagement_id, e.starts_at from engagements.commitment c
                join engagements.engagement e on e.id = c.engagement_id where c.ask_id = ?
                """,
                rs -> {
                    entries.add(new AskTimeline.Entry(
                            rs.getTimestamp("starts_at")
                                    .toInstant()
                                    .atZone(ZoneId.systemDefault())
                                    .toLocalDate(),
                            "Commitment",
                            rs.getString("wording"),
                            "/engagements/" + rs.getLong("engagement_id")));
                },
                askId);
        timelines.orderedStream().forEach(source -> entries.addAll(source.about(askId)));
        entries.sort(Comparator.comparing(AskTimeline.Entry::on));
        return entries;
    }

    private static Ask ask(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Ask(
                rs.getLong("id"),
                rs.getLong("caucus_id"),
                rs.getLong("topic_id"),
                rs.getString("title"),
                rs.getString("wording"),
                AskStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Ask.Transition transition(java.sql.ResultSet rs) throws java.sql.SQLException {
        String from = rs.getString("from_status");
        Long engagement = rs.getObject("engagement_id", Long.class);
        return new Ask.Transition(
                rs.getLong("id"),
                rs.getLong("ask_id"),
                from == null ? null : AskStatus.valueOf(from),
                AskStatus.valueOf(rs.getString("to_status")),
                rs.getDate("on_date").toLocalDate(),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("reason"),
                engagement);
    }
}
