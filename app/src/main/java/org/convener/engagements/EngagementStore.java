package org.convener.engagements;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of engagements: who was there, the topics and asks, commitments and follow-ups. */
@Repository
class EngagementStore {

    private static final RowMapper<Engagement.Commitment> COMMITMENT = EngagementStore::commitment;
    private static final RowMapper<Engagement.FollowUp> FOLLOW_UP = EngagementStore::followUp;

    private final JdbcClient db;

    EngagementStore(JdbcClient db) {
        this.db = db;
    }

    // ---- engagements

    Optional<Engagement> find(long id) {
        return engagements("where id = ?", id).stream().findFirst();
    }

    List<Engagement> of(Set<Long> caucusIds) {
        return engagements("where caucus_id = any(?) order by starts_at desc", (Object) ids(caucusIds));
    }

    List<Engagement> upcoming(Set<Long> caucusIds, Instant from) {
        return engagements(
                "where caucus_id = any(?) and starts_at >= ? order by starts_at", ids(caucusIds), Timestamp.from(from));
    }

    List<Engagement> attendedBy(long personId) {
        return engagements(
                "where id in (select engagement_id from engagements.attendee where person_id = ?) order by starts_at desc",
                personId);
    }

    List<Engagement> raising(long askId) {
        return engagements(
                "where id in (select engagement_id from engagements.engagement_ask where ask_id = ?) order by starts_at",
                askId);
    }

    long insert(
            Engagements.Details d,
            String title,
            String place,
            String notes,
            Collection<Long> attendees,
            Collection<Long> topicIds,
            String by,
            Instant at) {
        long id = db.sql("""
                        insert into engagements.engagement (caucus_id, kind, title, starts_at, minutes, place, notes, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        d.caucusId(),
                        d.kind().name(),
                        title,
                        Timestamp.from(d.startsAt()),
                        d.minutes(),
                        place,
                        notes,
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
        for (long person : attendees) {
            db.sql("insert into engagements.attendee (engagement_id, person_id) values (?, ?)")
                    .params(id, person)
                    .update();
        }
        for (long topic : topicIds) {
            db.sql("insert into engagements.engagement_topic (engagement_id, topic_id) values (?, ?)")
                    .params(id, topic)
                    .update();
        }
        return id;
    }

    void updateNotes(long id, String notes) {
        db.sql("update engagements.engagement set notes = ? where id = ?")
                .params(notes, id)
                .update();
    }

    void insertRaised(long engagementId, long askId) {
        db.sql("insert into engagements.engagement_ask (engagement_id, ask_id) values (?, ?)")
                .params(engagementId, askId)
                .update();
    }

    // ---- commitments

    List<Engagement.Commitment> commitments(long engagementId) {
        return db.sql("select * from engagements.commitment where engagement_id = ? order by id")
                .param(engagementId)
                .query(COMMITMENT)
                .list();
    }

    List<Engagement.Commitment> commitmentsOn(long askId) {
        return db.sql("select * from engagements.commitment where ask_id = ? order by id")
                .param(askId)
                .query(COMMITMENT)
                .list();
    }

    long insertCommitment(long engagementId, Long askId, Long stakeholderId, String wording, String by, Instant at) {
        return db.sql("""
                        insert into engagements.commitment (engagement_id, ask_id, stakeholder_id, wording, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(engagementId, askId, stakeholderId, wording, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    // ---- follow-ups

    List<Engagement.FollowUp> followUps(long engagementId) {
        return followUps("where engagement_id = ? order by due_on, id", engagementId);
    }

    Optional<Engagement.FollowUp> followUp(long id) {
        return followUps("where id = ?", id).stream().findFirst();
    }

    List<Engagement.FollowUp> owedBy(long personId) {
        return followUps("where owner_id = ? and done_at is null order by due_on, id", personId);
    }

    /** Follow-ups of some caucuses' engagements due before a day and not done, most overdue first. */
    List<Engagement.FollowUp> overdue(Set<Long> caucusIds, LocalDate today) {
        return db.sql("""
                        select f.* from engagements.follow_up f
                        where f.group_id = any(?) and f.done_at is null and f.due_on < ? order by f.due_on, f.id
                        """)
                .params(ids(caucusIds), Date.valueOf(today))
                .query(FOLLOW_UP)
                .list();
    }

    long insertFollowUp(long engagementId, long caucusId, String action, long ownerId, LocalDate dueOn, Instant at) {
        return db.sql("""
                        insert into engagements.follow_up (engagement_id, group_id, action, owner_id, due_on, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(engagementId, caucusId, action, ownerId, Date.valueOf(dueOn), Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** A follow-up that arose at something of another module's, owed within a group. */
    long insertFollowUp(
            String sourceKind, long sourceId, long groupId, String action, long ownerId, LocalDate dueOn, Instant at) {
        return db.sql("""
                        insert into engagements.follow_up (group_id, source_kind, source_id, action, owner_id, due_on, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(groupId, sourceKind, sourceId, action, ownerId, Date.valueOf(dueOn), Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    List<Engagement.FollowUp> followUpsFrom(String sourceKind, long sourceId) {
        return followUps("where source_kind = ? and source_id = ? order by due_on, id", sourceKind, sourceId);
    }

    void saveDone(Engagement.FollowUp done) {
        db.sql("update engagements.follow_up set done_at = ?, done_by = ? where id = ?")
                .params(Timestamp.from(done.doneAt()), done.doneBy(), done.id())
                .update();
    }

    // ---- rows

    private List<Engagement.FollowUp> followUps(String clause, Object... params) {
        return db.sql("select * from engagements.follow_up " + clause)
                .params(params)
                .query(FOLLOW_UP)
                .list();
    }

    /** A row of an engagement, before its attendees, topics and asks are read. */
    private record Row(
            long id,
            long caucusId,
            EngagementKind kind,
            String title,
            Instant startsAt,
            int minutes,
            String place,
            String notes,
            String createdBy,
            Instant createdAt) {}

    private List<Engagement> engagements(String clause, Object... params) {
        List<Row> rows = db.sql("select * from engagements.engagement " + clause)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("caucus_id"),
                        EngagementKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getInt("minutes"),
                        rs.getString("place"),
                        rs.getString("notes"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
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
        for (Row r : rows) {
            engagements.add(new Engagement(
                    r.id(),
                    r.caucusId(),
                    r.kind(),
                    r.title(),
                    r.startsAt(),
                    r.minutes(),
                    r.place(),
                    r.notes(),
                    r.createdBy(),
                    r.createdAt(),
                    attendees.getOrDefault(r.id(), List.of()),
                    topicIds.getOrDefault(r.id(), List.of()),
                    askIds.getOrDefault(r.id(), List.of())));
        }
        return engagements;
    }

    private Map<Long, List<Long>> links(String sql, Long[] ids) {
        var map = new HashMap<Long, List<Long>>();
        db.sql(sql).param(ids).query(rs -> {
            map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return map;
    }

    private static Long[] ids(Set<Long> ids) {
        return ids.toArray(new Long[0]);
    }

    private static Engagement.Commitment commitment(ResultSet rs, int row) throws SQLException {
        return new Engagement.Commitment(
                rs.getLong("id"),
                rs.getLong("engagement_id"),
                rs.getObject("ask_id", Long.class),
                rs.getObject("stakeholder_id", Long.class),
                rs.getString("wording"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Engagement.FollowUp followUp(ResultSet rs, int row) throws SQLException {
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
}
