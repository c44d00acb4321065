package org.convener.engagements;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of asks: the asks, their moves through the lifecycle, and what supports them. */
@Repository
class AskStore {

    private final JdbcClient db;

    AskStore(JdbcClient db) {
        this.db = db;
    }

    Optional<Ask> find(long id) {
        return db.sql("select * from engagements.ask where id = ?")
                .param(id)
                .query((rs, n) -> ask(rs))
                .optional();
    }

    /** The ask, locked until the transaction ends, so that two moves at once cannot both pass the guard. */
    Optional<Ask> lock(long id) {
        return db.sql("select * from engagements.ask where id = ? for update")
                .param(id)
                .query((rs, n) -> ask(rs))
                .optional();
    }

    /** The asks of some caucuses, of one topic or (with null) of any, newest first. */
    List<Ask> of(Set<Long> caucusIds, Long topicId) {
        var params = new ArrayList<Object>();
        params.add(caucusIds.toArray(new Long[0]));
        String topic = "";
        if (topicId != null) {
            topic = " and topic_id = ?";
            params.add(topicId);
        }
        return db.sql("select * from engagements.ask where caucus_id = any(?)" + topic + " order by id desc")
                .params(params)
                .query((rs, n) -> ask(rs))
                .list();
    }

    long insert(long caucusId, long topicId, String title, String wording, String by, Instant at) {
        return db.sql(
                        "insert into engagements.ask (caucus_id, topic_id, title, wording, status, created_by, created_at)"
                                + " values (?, ?, ?, ?, 'DRAFTED', ?, ?) returning id")
                .params(caucusId, topicId, title, wording, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void setStatus(long askId, AskStatus status) {
        db.sql("update engagements.ask set status = ? where id = ?")
                .params(status.name(), askId)
                .update();
    }

    // ---- transitions

    List<Ask.Transition> transitions(long askId) {
        return db.sql("select * from engagements.ask_transition where ask_id = ? order by id")
                .param(askId)
                .query((rs, n) -> transition(rs))
                .list();
    }

    void insertTransition(
            long askId,
            AskStatus from,
            AskStatus to,
            LocalDate on,
            String by,
            Instant at,
            String reason,
            Long engagementId) {
        db.sql("""
                        insert into engagements.ask_transition
                            (ask_id, from_status, to_status, on_date, recorded_by, recorded_at, reason, engagement_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        askId,
                        from == null ? null : from.name(),
                        to.name(),
                        Date.valueOf(on),
                        by,
                        Timestamp.from(at),
                        reason,
                        engagementId)
                .update();
    }

    // ---- evidence

    List<Ask.Evidence> evidence(long askId) {
        return db.sql("select * from engagements.ask_evidence where ask_id = ? order by id")
                .param(askId)
                .query((rs, n) -> new Ask.Evidence(
                        rs.getLong("id"),
                        rs.getLong("ask_id"),
                        Ask.EvidenceKind.valueOf(rs.getString("kind")),
                        rs.getString("target"),
                        rs.getString("note")))
                .list();
    }

    long insertEvidence(long askId, Ask.EvidenceKind kind, String target, String note) {
        return db.sql(
                        "insert into engagements.ask_evidence (ask_id, kind, target, note) values (?, ?, ?, ?) returning id")
                .params(askId, kind.name(), target, note)
                .query(Long.class)
                .single();
    }

    // ---- the timeline's entries from engagements

    /** The engagements where an ask was raised. */
    List<AskTimeline.Entry> raisedAt(long askId) {
        return db.sql("""
                        select e.id, e.title, e.kind, e.starts_at from engagements.engagement_ask ea
                        join engagements.engagement e on e.id = ea.engagement_id where ea.ask_id = ?
                        """)
                .param(askId)
                .query((rs, n) -> new AskTimeline.Entry(
                        day(rs),
                        EngagementKind.valueOf(rs.getString("kind")).label(),
                        rs.getString("title"),
                        "/engagements/" + rs.getLong("id")))
                .list();
    }

    /** The commitments made on an ask. */
    List<AskTimeline.Entry> commitments(long askId) {
        return db.sql("""
                        select c.wording, c.engagement_id, e.starts_at from engagements.commitment c
                        join engagements.engagement e on e.id = c.engagement_id where c.ask_id = ?
                        """)
                .param(askId)
                .query((rs, n) -> new AskTimeline.Entry(
                        day(rs), "Commitment", rs.getString("wording"), "/engagements/" + rs.getLong("engagement_id")))
                .list();
    }

    private static LocalDate day(ResultSet rs) throws SQLException {
        return rs.getTimestamp("starts_at")
                .toInstant()
                .atZone(ZoneId.systemDefault())
                .toLocalDate();
    }

    private static Ask ask(ResultSet rs) throws SQLException {
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

    private static Ask.Transition transition(ResultSet rs) throws SQLException {
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
