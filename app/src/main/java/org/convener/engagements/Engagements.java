package org.convener.engagements;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonKind;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements of a caucus with stakeholders: who was there, what about, the asks raised and the
 * commitments received, and the follow-up actions owed afterwards.
 */
@Service
public class Engagements {

    /** The time zone engagements are arranged in. */
    public static final ZoneId ZONE = org.convener.shared.Format.LONDON;

    private final JdbcTemplate jdbc;
    private final Caucuses caucuses;
    private final People people;
    private final Topics topics;
    private final Asks asks;
    private final Stakeholders stakeholders;
    private final org.convener.groups.Groups groups;
    private final AuditLog audit;
    private final Clock clock;

    Engagements(
            JdbcTemplate jdbc,
            Caucuses caucuses,
            People people,
            Topics topics,
            Asks asks,
            Stakeholders stakeholders,
            org.convener.groups.Groups groups,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.caucuses = caucuses;
        this.people = people;
        this.topics = topics;
        this.asks = asks;
        this.stakeholders = stakeholders;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is needed to log an engagement. */
    public record Details(
            long caucusId,
            EngagementKind kind,
            String title,
            Instant startsAt,
            int minutes,
            String place,
            String notes,
            Collection<Long> attendees,
            Collection<Long> topicIds) {}

    public LocalDate today() {
        return asks.today();
    }

    // ---- reading

    public Optional<Engagement> find(long id) {
        return list("where id = ?", id).stream().findFirst();
    }

    /** The engagements of some caucuses, latest first. */
    public List<Engagement> of(Set<Long> caucusIds) {
        if (caucusIds.isEmpty()) {
            return List.of();
        }
        return list("where caucus_id = any(?) order by starts_at desc", (Object) caucusIds.toArray(new Long[0]));
    }

    /** Engagements of some caucuses from a moment on, soonest first. */
    public List<Engagement> upcoming(Set<Long> caucusIds, Instant from) {
        if (caucusIds.isEmpty()) {
            return List.of();
        }
        return list(
                "where caucus_id = any(?) and starts_at >= ? order by starts_at",
                caucusIds.toArray(new Long[0]),
                Timestamp.from(from));
    }

    /** Every engagement a person attended, latest first. */
    public List<Engagement> attendedBy(long personId) {
        return list(
                "where id in (select engagement_id from engagements.attendee where person_id = ?) order by starts_at desc",
                personId);
    }

    public List<Engagement> raising(long askId) {
        return list(
                "where id in (select engagement_id from engagements.engagement_ask where ask_id = ?) order by starts_at",
                askId);
    }

    public List<Engagement.Commitment> commitments(long engagementId) {
        return jdbc.query(
                "select * from engagements.commitment where engagement_id = ? order by id",
                (rs, n) -> commitment(rs),
                engagementId);
    }

    public List<Engagement.Commitment> commitmentsOn(long askId) {
        return jdbc.query(
                "select * from engagements.commitment where ask_id = ? order by id", (rs, n) -> commitment(rs), askId);
    }

    public List<Engagement.FollowUp> followUps(long engagementId) {
        return jdbc.query(
                "select * from engagements.follow_up where engagement_id = ? order by due_on, id",
                (rs, n) -> followUp(rs),
                engagementId);
    }

    public Optional<Engagement.FollowUp> followUp(long id) {
        return jdbc.query("select * from engagements.follow_up where id = ?", (rs, n) -> followUp(rs), id).stream()
                .findFirst();
    }

    /** A person's open follow-ups, soonest due first. */
    public List<Engagement.FollowUp> owedBy(long personId) {
        return jdbc.query(
                "select * from engagements.follow_up where owner_id = ? and done_at is null order by due_on, id",
                (rs, n) -> followUp(rs),
                personId);
    }

    /** Follow-ups past their day and not done, for the caucuses given, most overdue first. */
    public List<Engagement.FollowUp> overdue(Set<Long> caucusIds) {
        if (caucusIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select f.* from engagements.follow_up f
                where f.group_id = any(?) and f.done_at is null and f.due_on < ? order by f.due_on, f.id
                """, (rs, n) -> followUp(rs), caucusIds.toArray(new Long[0]), Date.valueOf(today()));
    }

    /** The follow-ups that arose at something of another module's (an action point at a meeting), in order. */
    public List<Engagement.FollowUp> followUpsFrom(String sourceKind, long sourceId) {
        return jdbc.query(
                "select * from engagements.follow_up where source_kind = ? and source_id = ? order by due_on, id",
                (rs, n) -> followUp(rs),
                sourceKind,
                sourceId);
    }

    // ---- changing

    @Transactional
    public Engagement log(Details details) {
        caucuses.find(details.caucusId())
                .orElseThrow(() -> new IllegalArgumentException("choose the caucus the engagement is for"));
        if (details.kind() == null) {
            throw new IllegalArgumentException(
                    "say whether it is a meeting, call, briefing, speaker session or hustings");
        }
        String title = text(details.title(), 200, "a title");
        if (details.startsAt() == null) {
            throw new IllegalArgumentException("give the date and time");
        }
        if (details.minutes() < 5 || details.minutes() > 1440) {
            throw new IllegalArgumentException("an engagement lasts between 5 minutes and a day");
        }
        var attendees = new LinkedHashSet<>(details.attendees() == null ? List.<Long>of() : details.attendees());
        var members = new java.util.HashSet<>(caucuses.currentMembers(details.caucusId()));
        for (long id : attendees) {
            boolean listed = members.contains(id)
                    || people.find(id)
                            .filter(p -> !p.erased() && p.kind() == PersonKind.STAKEHOLDER)
                            .isPresent();
            if (!listed) {
                throw new IllegalArgumentException("those there must be stakeholders or members of the caucus");
            }
        }
        var topicIds = new LinkedHashSet<>(details.topicIds() == null ? List.<Long>of() : details.topicIds());
        for (long id : topicIds) {
            topics.find(id).orElseThrow(() -> new IllegalArgumentException("no topic " + id));
        }
        long id = jdbc.queryForObject(
                """
                insert into engagements.engagement (caucus_id, kind, title, starts_at, minutes, place, notes, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                Long.class,
                details.caucusId(),
                details.kind().name(),
                title,
                Timestamp.from(details.startsAt()),
                details.minutes(),
                blankToNull(details.place()),
                blankToNull(details.notes()),
                AuditActor.who(),
                Timestamp.from(clock.instant()));
        jdbc.batchUpdate(
                "insert into engagements.attendee (engagement_id, person_id) values (?, ?)",
                attendees.stream().map(p -> new Object[] {id, p}).toList());
        jdbc.batchUpdate(
                "insert into engagements.engagement_topic (engagement_id, topic_id) values (?, ?)",
                topicIds.stream().map(t -> new Object[] {id, t}).toList());
        stakeholders.keptAfter(details.caucusId(), attendees);
        var values = new LinkedHashMap<String, Object>();
        values.put("caucus", details.caucusId());
        values.put("kind", details.kind().name());
        values.put("title", title);
        values.put("startsAt", details.startsAt().toString());
        values.put("place", blankToNull(details.place()));
        values.put("attendees", List.copyOf(attendees));
        values.put("topics", topicIds.stream().map(topics::name).toList());
        audit.record("logged", "engagement", id, null, null, values);
        return find(id).orElseThrow();
    }

    @Transactional
    public Engagement updateNotes(long id, String notes) {
        Engagement before = find(id).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        if (notes != null && notes.length() > 20000) {
            throw new IllegalArgumentException("keep the notes to 20,000 characters");
        }
        jdbc.update("update engagements.engagement set notes = ? where id = ?", blankToNull(notes), id);
        audit.record(
                "noted",
                "engagement",
                id,
                null,
                Map.of("notes", String.valueOf(before.notes())),
                Map.of("notes", String.valueOf(blankToNull(notes))));
        return find(id).orElseThrow();
    }

    /**
     * Records that an ask was raised at an engagement. An ask still drafted (or refused before) is
     * then raised, dated the day of the engagement, once that day has come.
     */
    @Transactional
    public void raise(long engagementId, long askId) {
        Engagement engagement =
                find(engagementId).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        Ask ask = asks.find(askId).orElseThrow(() -> new IllegalArgumentException("no such ask"));
        if (ask.caucusId() != engagement.caucusId()) {
            throw new IllegalArgumentException("the ask belongs to another caucus");
        }
        if (engagement.askIds().contains(askId)) {
            throw new IllegalArgumentException("that ask is already recorded as raised there");
        }
        jdbc.update(
                "insert into engagements.engagement_ask (engagement_id, ask_id) values (?, ?)", engagementId, askId);
        audit.record("raised", "engagement", engagementId, null, null, Map.of("ask", askId, "title", ask.title()));
        LocalDate day = engagement.startsAt().atZone(ZONE).toLocalDate();
        if ((ask.status() == AskStatus.DRAFTED || ask.status() == AskStatus.REFUSED) && !day.isAfter(today())) {
            asks.move(
                    askId,
                    AskStatus.RAISED,
                    notBeforeLastMove(askId, day),
                    "raised at " + engagement.title(),
                    engagementId);
        }
    }

    /** Drafts a new ask at an engagement and records it as raised there, all at once. */
    @Transactional
    public Ask raiseNew(long engagementId, long topicId, String title, String wording) {
        Engagement engagement =
                find(engagementId).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        LocalDate day = engagement.startsAt().atZone(ZONE).toLocalDate();
        Ask ask = asks.draft(engagement.caucusId(), topicId, title, wording, day.isAfter(today()) ? today() : day);
        raise(engagementId, ask.id());
        return asks.find(ask.id()).orElseThrow();
    }

    /**
     * An ask recorded at an engagement after it was drafted later than the engagement (history
     * being filled in) moves on the day it was drafted rather than before it existed.
     */
    private LocalDate notBeforeLastMove(long askId, LocalDate day) {
        var moves = asks.transitions(askId);
        LocalDate last = moves.isEmpty() ? day : moves.get(moves.size() - 1).on();
        return day.isBefore(last) ? last : day;
    }

    /**
     * Records a commitment received at an engagement. A commitment on an ask raises the ask there
     * if it was not yet, and then marks it committed.
     */
    @Transactional
    public Engagement.Commitment commit(long engagementId, Long askId, Long stakeholderId, String wording) {
        Engagement engagement =
                find(engagementId).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        String text = text(wording, 2000, "what was committed to");
        LocalDate day = engagement.startsAt().atZone(ZONE).toLocalDate();
        if (day.isAfter(today())) {
            throw new IllegalArgumentException("a commitment cannot be recorded before the engagement has happened");
        }
        if (stakeholderId != null && !engagement.attendees().contains(stakeholderId)) {
            throw new IllegalArgumentException("the person who committed must be among those at the engagement");
        }
        if (askId != null) {
            Ask ask = asks.find(askId).orElseThrow(() -> new IllegalArgumentException("no such ask"));
            if (!engagement.askIds().contains(askId)) {
                raise(engagementId, askId);
                ask = asks.find(askId).orElseThrow();
            }
            if (ask.status() != AskStatus.COMMITTED) {
                asks.move(
                        askId,
                        AskStatus.COMMITTED,
                        notBeforeLastMove(askId, day),
                        "commitment at " + engagement.title() + ": " + abbreviate(text),
                        engagementId);
            }
        }
        long id = jdbc.queryForObject(
                """
                insert into engagements.commitment (engagement_id, ask_id, stakeholder_id, wording, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id
                """,
                Long.class,
                engagementId,
                askId,
                stakeholderId,
                text,
                AuditActor.who(),
                Timestamp.from(clock.instant()));
        var values = new HashMap<String, Object>();
        values.put("wording", text);
        values.put("ask", askId);
        values.put("stakeholder", stakeholderId);
        audit.record("committed", "engagement", engagementId, null, null, values);
        return commitments(engagementId).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public Engagement.FollowUp addFollowUp(long engagementId, String action, long ownerId, LocalDate dueOn) {
        Engagement engagement =
                find(engagementId).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        String what = text(action, 1000, "the action");
        Person owner = people.find(ownerId)
                .filter(p -> !p.erased())
                .orElseThrow(() -> new IllegalArgumentException("choose who will do it"));
        if (!caucuses.isMember(engagement.caucusId(), owner.id())) {
            throw new IllegalArgumentException(owner.displayName() + " is not a member of the caucus");
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("give the day it is due");
        }
        long id = jdbc.queryForObject(
                """
                insert into engagements.follow_up (engagement_id, group_id, action, owner_id, due_on, created_at) values (?, ?, ?, ?, ?, ?) returning id
                """,
                Long.class,
                engagementId,
                engagement.caucusId(),
                what,
                ownerId,
                Date.valueOf(dueOn),
                Timestamp.from(clock.instant()));
        audit.record(
                "assigned",
                "follow-up",
                id,
                AuditLog.person(ownerId),
                null,
                Map.of("engagement", engagementId, "action", what, "owner", ownerId, "due", dueOn.toString()));
        return followUp(id).orElseThrow();
    }

    /**
     * Records a follow-up that arose at something of another module's, such as an action point
     * agreed at a local group's meeting: owed to a current member of the group, by a day.
     */
    @Transactional
    public Engagement.FollowUp assignFollowUp(
            String sourceKind, long sourceId, long groupId, String action, long ownerId, LocalDate dueOn) {
        String what = text(action, 1000, "the action");
        Person owner = people.find(ownerId)
                .filter(p -> !p.erased())
                .orElseThrow(() -> new IllegalArgumentException("choose who will do it"));
        if (groups.currentMemberships(groupId).stream().noneMatch(m -> m.personId() == ownerId)) {
            throw new IllegalArgumentException(owner.displayName() + " is not a member of the group");
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("give the day it is due");
        }
        long id = jdbc.queryForObject(
                """
                insert into engagements.follow_up (group_id, source_kind, source_id, action, owner_id, due_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """,
                Long.class,
                groupId,
                sourceKind,
                sourceId,
                what,
                ownerId,
                Date.valueOf(dueOn),
                Timestamp.from(clock.instant()));
        audit.record(
                "assigned",
                "follow-up",
                id,
                AuditLog.person(ownerId),
                null,
                Map.of(sourceKind, sourceId, "action", what, "owner", ownerId, "due", dueOn.toString()));
        return followUp(id).orElseThrow();
    }

    @Transactional
    public Engagement.FollowUp complete(long followUpId) {
        Engagement.FollowUp before =
                followUp(followUpId).orElseThrow(() -> new IllegalArgumentException("no such follow-up"));
        if (before.done()) {
            throw new IllegalStateException("that follow-up was already done");
        }
        jdbc.update(
                "update engagements.follow_up set done_at = ?, done_by = ? where id = ?",
                Timestamp.from(clock.instant()),
                AuditActor.who(),
                followUpId);
        audit.record(
                "done",
                "follow-up",
                followUpId,
                AuditLog.person(before.ownerId()),
                Map.of("done", false),
                Map.of("done", true));
        return followUp(followUpId).orElseThrow();
    }

    // ---- rows

    private List<Engagement> list(String clause, Object... params) {
        var rows = jdbc.query(
                "select * from engagements.engagement " + clause,
                (rs, n) -> new Object[] {
                    rs.getLong("id"), rs.getLong("caucus_id"), EngagementKind.valueOf(rs.getString("kind")),
                            rs.getString("title"),
                    rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"), rs.getString("place"),
                            rs.getString("notes"),
                    rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()
                },
                params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(r -> (Long) r[0]).toArray(Long[]::new);
        var attendees = links(
                "select engagement_id, person_id from engagements.attendee where engagement_id = any(?) order by person_id",
                ids);
        var topicIds = links(
                "select engagement_id, topic_id from engagements.engagement_topic where engagement_id = any(?) order by topic_id",
                ids);
        var askIds = links(
                "select engagement_id, ask_id from engagements.engagement_ask where engagement_id = any(?) order by ask_id",
                ids);
        var engagements = new ArrayList<Engagement>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            engagements.add(new Engagement(
                    id,
                    (Long) r[1],
                    (EngagementKind) r[2],
                    (String) r[3],
                    (Instant) r[4],
                    (Integer) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    (Instant) r[9],
                    attendees.getOrDefault(id, List.of()),
                    topicIds.getOrDefault(id, List.of()),
                    askIds.getOrDefault(id, List.of())));
        }
        return engagements;
    }

    private Map<Long, List<Long>> links(String sql, Long[] ids) {
        var map = new HashMap<Long, List<Long>>();
        jdbc.query(
                sql,
                rs -> {
                    map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                },
                (Object) ids);
        return map;
    }

    private static Engagement.Commitment commitment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Engagement.Commitment(
                rs.getLong("id"),
                rs.getLong("engagement_id"),
                rs.getObject("ask_id", Long.class),
                rs.getObject("stakeholder_id", Long.class),
                rs.getString("wording"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Engagement.FollowUp followUp(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new Engagement.FollowUp(
                rs.getLong("id"),
                rs.getObject("engagement_id", Long.class),
                rs.getLong("group_id"),
                rs.getString("source_kind"),
                rs.getObject("source_id", Long.class),
                rs.getString("action"),
                rs.getLong("owner_id"),
                rs.getDate("due_on").toLocalDate(),
                done == null ? null : done.toInstant(),
                rs.getString("done_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static String text(String value, int max, String what) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > max) {
            throw new IllegalArgumentException(
                    "give " + what + " in up to " + String.format("%,d", max) + " characters");
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
