package org.convener.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convener.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records every change to people, memberships, posts and accounts: who, when, what, and the
 * values before and after. The table takes inserts only (the database refuses updates, deletes
 * and truncation). Values about a person are encrypted with a key of their own; erasing the
 * person deletes the key.
 */
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;
    private static final String SELECT =
            "select e.*, coalesce(a.email, e.actor) as actor_name from platform.audit_event e left join platform.account a on a.id = e.actor_id";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient db;
    private final ObjectMapper json;
    private final SubjectKeys keys;
    private final Clock clock;

    AuditLog(JdbcClient db, ObjectMapper json, SubjectKeys keys, Clock clock) {
        this.db = db;
        this.json = json;
        this.keys = keys;
        this.clock = clock;
    }

    /** The subject for changes about a person. */
    public static String person(long personId) {
        return "person:" + personId;
    }

    /**
     * Records a change, in the caller's transaction.
     *
     * @param subject the person the values are about ({@link #person(long)}), or {@code null} when they are about no one
     */
    public void record(
            String action,
            String entityType,
            Object entityId,
            String subject,
            Map<String, ?> before,
            Map<String, ?> after) {
        var user = CurrentUser.get();
        // a signed-in actor is kept by account, and shown by the account's email at reading time,
        // so that erasing a person also takes their address out of the entries they made
        String actor = AuditActor.who();
        Long actorId = user.map(CurrentUser::accountId).orElse(null);
        boolean encrypted = subject != null;
        var token = AuditActor.token();
        if (token.isPresent()) {
            // a write through the API names the owner's token, so its owner can tell what each did
            var withToken = new java.util.LinkedHashMap<String, Object>(after == null ? Map.of() : after);
            withToken.put("api token", token.get());
            after = withToken;
        }
        db.sql("""
                insert into platform.audit_event (at, actor, actor_id, action, entity_type, entity_id, subject, before, after, encrypted)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        Timestamp.from(clock.instant()),
                        actor,
                        actorId,
                        action,
                        entityType,
                        String.valueOf(entityId),
                        subject,
                        seal(subject, before),
                        seal(subject, after),
                        encrypted)
                .update();
    }

    /** Makes every value recorded about a subject unreadable, for good. */
    public void forget(String subject) {
        keys.forget(subject);
    }

    /**
     * Changes, newest first, filtered by any of entity type, actor, subject and period.
     *
     * @param page from 1
     */
    public List<AuditRecord> search(
            String entityType, String actor, String subject, Instant from, Instant to, int page) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (entityType != null && !entityType.isBlank()) {
            where.add("e.entity_type = ?");
            params.add(entityType);
        }
        if (actor != null && !actor.isBlank()) {
            where.add("coalesce(a.email, e.actor) ilike ?");
            params.add("%" + actor.trim().replace("%", "\\%") + "%");
        }
        if (subject != null && !subject.isBlank()) {
            where.add("e.subject = ?");
            params.add(subject.trim());
        }
        if (from != null) {
            where.add("e.at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            where.add("e.at < ?");
            params.add(Timestamp.from(to));
        }
        params.add(PAGE_SIZE + 1);
        params.add((Math.max(1, page) - 1) * PAGE_SIZE);
        String sql = SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by e.id desc limit ? offset ?";
        return db.sql(sql).params(params).query(this::map).list();
    }

    /** Every change about a subject, oldest first. */
    public List<AuditRecord> about(String subject) {
        return db.sql(SELECT + " where e.subject = ? order by e.id")
                .param(subject)
                .query(this::map)
                .list();
    }

    public List<String> entityTypes() {
        return db.sql("select distinct entity_type from platform.audit_event order by 1")
                .query(String.class)
                .list();
    }

    private String seal(String subject, Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        String text;
        try {
            text = json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit values must be plain data", e);
        }
        return subject == null ? text : keys.encrypt(subject, text);
    }

    private AuditRecord map(ResultSet rs, int row) throws SQLException {
        String subject = rs.getString("subject");
        boolean encrypted = rs.getBoolean("encrypted");
        String before = rs.getString("before");
        String after = rs.getString("after");
        boolean erased = false;
        if (encrypted) {
            var openBefore = before == null ? null : keys.decrypt(subject, before);
            var openAfter = after == null ? null : keys.decrypt(subject, after);
            erased = (openBefore != null && openBefore.isEmpty()) || (openAfter != null && openAfter.isEmpty());
            before = openBefore == null ? null : openBefore.orElse(null);
            after = openAfter == null ? null : openAfter.orElse(null);
        }
        return new AuditRecord(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                subject,
                read(before),
                read(after),
                erased);
    }

    private Map<String, Object> read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit values", e);
        }
    }
}
