package org.convener.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.groups.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages module's SQL. */
@Repository
class MessageStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    MessageStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A recipient's row: who, and which outbox message carried their copy. */
    record Recipient(long personId, long outboxId, Instant unsubscribedAt) {}

    long insert(long groupId, String subject, String body, Audience audience, long account, Instant now) {
        return jdbc.sql("""
                        insert into messages.message (group_id, subject, body, audience, status, created_by_id, created_at, updated_at)
                        values (?, ?, ?, cast(? as jsonb), 'DRAFT', ?, ?, ?) returning id
                        """)
                .params(groupId, subject, body, write(audience), account, Timestamp.from(now), Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void update(long id, String subject, String body, Audience audience, Instant now) {
        jdbc.sql(
                        "update messages.message set subject = ?, body = ?, audience = cast(? as jsonb), updated_at = ? where id = ?")
                .params(subject, body, write(audience), Timestamp.from(now), id)
                .update();
    }

    Optional<GroupMessage> find(long id) {
        return jdbc.sql("select * from messages.message where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** The message, locked until the transaction ends, so that it is sent once. */
    Optional<GroupMessage> lock(long id) {
        return jdbc.sql("select * from messages.message where id = ? for update")
                .param(id)
                .query(this::map)
                .optional();
    }

    List<GroupMessage> ofGroup(long groupId) {
        return jdbc.sql("select * from messages.message where group_id = ? and status <> 'CANCELLED' order by id desc")
                .param(groupId)
                .query(this::map)
                .list();
    }

    /** Scheduled messages whose time has come, locked; another instance skips them. */
    List<Long> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        select id from messages.message where status = 'SCHEDULED' and scheduled_for <= ?
                        order by scheduled_for, id limit ? for update skip locked
                        """)
                .params(Timestamp.from(now), limit)
                .query(Long.class)
                .list();
    }

    void status(long id, MessageStatus status, Instant scheduledFor, Instant now) {
        jdbc.sql("update messages.message set status = ?, scheduled_for = ?, updated_at = ? where id = ?")
                .params(
                        status.name(),
                        scheduledFor == null ? null : Timestamp.from(scheduledFor),
                        Timestamp.from(now),
                        id)
                .update();
    }

    void sent(long id, int recipients, int leftOut, Instant now) {
        jdbc.sql(
                        "update messages.message set status = 'SENT', sent_at = ?, recipients = ?, left_out = ?, updated_at = ? where id = ?")
                .params(Timestamp.from(now), recipients, leftOut, Timestamp.from(now), id)
                .update();
    }

    void addRecipient(long messageId, long personId, long outboxId) {
        jdbc.sql("insert into messages.recipient (message_id, person_id, outbox_id) values (?, ?, ?)")
                .params(messageId, personId, outboxId)
                .update();
    }

    List<Recipient> recipients(long messageId) {
        return jdbc.sql("select * from messages.recipient where message_id = ? order by id")
                .param(messageId)
                .query((rs, n) -> new Recipient(
                        rs.getLong("person_id"),
                        rs.getLong("outbox_id"),
                        rs.getTimestamp("unsubscribed_at") == null
                                ? null
                                : rs.getTimestamp("unsubscribed_at").toInstant()))
                .list();
    }

    /** Marks the copy a person unsubscribed from; false when the outbox message was no group message. */
    boolean unsubscribed(long outboxId, Instant at) {
        return jdbc.sql(
                                "update messages.recipient set unsubscribed_at = ? where outbox_id = ? and unsubscribed_at is null")
                        .params(Timestamp.from(at), outboxId)
                        .update()
                > 0;
    }

    void forgetUnsubscribes(long personId) {
        jdbc.sql("update messages.recipient set unsubscribed_at = null where person_id = ?")
                .param(personId)
                .update();
    }

    /** The group messages a person was sent, with when, oldest first. */
    List<Map<String, Object>> sentTo(long personId) {
        return jdbc.sql("""
                        select m.id, m.group_id, m.subject, m.sent_at, r.outbox_id, r.unsubscribed_at from messages.recipient r
                        join messages.message m on m.id = r.message_id where r.person_id = ? order by m.sent_at, m.id
                        """)
                .param(personId)
                .query((rs, n) -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("message", rs.getLong("id"));
                    row.put("group", rs.getLong("group_id"));
                    row.put("subject", rs.getString("subject"));
                    row.put(
                            "sentAt",
                            rs.getTimestamp("sent_at") == null
                                    ? null
                                    : rs.getTimestamp("sent_at").toInstant());
                    row.put("outbox", rs.getLong("outbox_id"));
                    row.put(
                            "unsubscribedAt",
                            rs.getTimestamp("unsubscribed_at") == null
                                    ? null
                                    : rs.getTimestamp("unsubscribed_at").toInstant());
                    return (Map<String, Object>) row;
                })
                .list();
    }

    private String write(Audience audience) {
        var values = new LinkedHashMap<String, Object>();
        values.put("role", audience.role() == null ? null : audience.role().name());
        values.put("tag", audience.tag());
        values.put("constituency", audience.constituency());
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Audience read(String text) {
        try {
            Map<?, ?> values = json.readValue(text, Map.class);
            Object role = values.get("role");
            return new Audience(
                    role == null ? null : Role.valueOf(role.toString()), (String) values.get("tag"), (String)
                            values.get("constituency"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an unreadable audience", e);
        }
    }

    private GroupMessage map(ResultSet rs, int row) throws SQLException {
        return new GroupMessage(
                rs.getLong("id"),
                rs.getLong("group_id"),
                rs.getString("subject"),
                rs.getString("body"),
                read(rs.getString("audience")),
                MessageStatus.valueOf(rs.getString("status")),
                rs.getLong("created_by_id"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "scheduled_for"),
                instant(rs, "sent_at"),
                rs.getObject("recipients", Integer.class),
                rs.getObject("left_out", Integer.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
