package org.convener.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox's and the suppression list's SQL. */
@Repository
class OutboxStore {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            OutgoingMessage m,
            String messageId,
            String secret,
            String unsubscribeHash,
            MailStatus status,
            String reason,
            Instant now) {
        return jdbc.sql("""
                        insert into platform.outbox_message (message_id, category, reference, person_id, about_person_id, to_address, to_name,
                            subject, body_text, body_html, link_secret, unsubscribe_hash, status, reason, created_at, not_before, expires_at)
                        values (:messageId, :category, :reference, :person, :about, :to, :toName, :subject, :text, :html, :secret,
                            :unsubscribe, :status, :reason, :now, :notBefore, :expires)
                        returning id
                        """)
                .param("messageId", messageId)
                .param("category", m.category().name())
                .param("reference", m.reference())
                .param("person", m.personId())
                .param("about", m.aboutPersonId())
                .param("to", m.to())
                .param("toName", m.toName())
                .param("subject", m.subject())
                .param("text", m.text())
                .param("html", m.html())
                .param("secret", status == MailStatus.QUEUED ? secret : null)
                .param("unsubscribe", unsubscribeHash)
                .param("status", status.name())
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .param("notBefore", Timestamp.from(m.notBefore() == null ? now : m.notBefore()))
                .param("expires", m.expiresAt() == null ? null : Timestamp.from(m.expiresAt()))
                .query(Long.class)
                .single();
    }

    Optional<OutboxMessage> find(long id) {
        return jdbc.sql("select * from platform.outbox_message where id = ?")
                .param(id)
                .query(OutboxStore::map)
                .optional();
    }

    List<OutboxMessage> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from platform.outbox_message where id = any(?) order by id")
                .param(ids.toArray(new Long[0]))
                .query(OutboxStore::map)
                .list();
    }

    /** Newest first, optionally of one status; one more than a page, to tell whether there is another. */
    List<OutboxMessage> page(MailStatus status, int page) {
        return jdbc.sql("""
                        select * from platform.outbox_message where (cast(:status as text) is null or status = :status)
                        order by id desc limit :limit offset :offset
                        """)
                .param("status", status == null ? null : status.name())
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (Math.max(1, page) - 1) * PAGE_SIZE)
                .query(OutboxStore::map)
                .list();
    }

    Map<MailStatus, Long> counts() {
        var counts = new EnumMap<MailStatus, Long>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select status, count(*) as n from platform.outbox_message group by status")
                .query((rs, n) -> Map.entry(MailStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    List<OutboxMessage> toPerson(long personId) {
        return jdbc.sql("select * from platform.outbox_message where person_id = ? order by id")
                .param(personId)
                .query(OutboxStore::map)
                .list();
    }

    /** The next message due, locked until the caller's transaction ends; others skip it. */
    Optional<OutboxMessage> claimNext(Instant now) {
        return jdbc.sql("""
                        select * from platform.outbox_message where status = 'QUEUED' and not_before <= ?
                        order by not_before, id limit 1 for update skip locked
                        """).param(Timestamp.from(now)).query(OutboxStore::map).optional();
    }

    boolean anyDue(Instant now) {
        return jdbc.sql(
                        "select exists (select 1 from platform.outbox_message where status = 'QUEUED' and not_before <= ?)")
                .param(Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("""
                        update platform.outbox_message set status = 'SENT', sent_at = :now, last_attempt_at = :now,
                            attempts = attempts + 1, reason = null, link_secret = null where id = :id
                        """).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void retryLater(long id, Instant notBefore, String reason, Instant now) {
        jdbc.sql("""
                        update platform.outbox_message set not_before = :notBefore, last_attempt_at = :now,
                            attempts = attempts + 1, reason = :reason where id = :id
                        """)
                .param("notBefore", Timestamp.from(notBefore))
                .param("now", Timestamp.from(now))
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    /** A final status other than sent: the message will not be tried again, and its link secret goes. */
    void close(long id, MailStatus status, String reason, Instant now, boolean attempted) {
        jdbc.sql("""
                        update platform.outbox_message set status = :status, reason = :reason, link_secret = null,
                            last_attempt_at = case when :attempted then :now else last_attempt_at end,
                            attempts = attempts + case when :attempted then 1 else 0 end
                        where id = :id
                        """)
                .param("status", status.name())
                .param("reason", reason)
                .param("attempted", attempted)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    Optional<OutboxMessage> byUnsubscribeHash(String hash) {
        return jdbc.sql("select * from platform.outbox_message where unsubscribe_hash = ?")
                .param(hash)
                .query(OutboxStore::map)
                .optional();
    }

    Optional<OutboxMessage> byMessageId(String messageId) {
        return jdbc.sql("select * from platform.outbox_message where message_id = ?")
                .param(messageId)
                .query(OutboxStore::map)
                .optional();
    }

    /** The latest message sent to an address, for a bounce that does not quote its Message-ID. */
    Optional<OutboxMessage> lastSentTo(String address) {
        return jdbc.sql(
                        "select * from platform.outbox_message where to_address = ? and status in ('SENT', 'BOUNCED') order by sent_at desc nulls last, id desc limit 1")
                .param(address)
                .query(OutboxStore::map)
                .optional();
    }

    /** Erasure: the person's address (and its suppression) and the text of every message to or about them. */
    int forgetPerson(long personId, Instant now) {
        jdbc.sql("""
                        delete from platform.mail_suppression where address in (select lower(to_address)
                            from platform.outbox_message where person_id = :person and to_address is not null)
                        """).param("person", personId).update();
        int closed = jdbc.sql("""
                        update platform.outbox_message set status = 'FAILED', reason = 'recipient erased', link_secret = null
                        where person_id = :person and status = 'QUEUED'
                        """).param("person", personId).update();
        jdbc.sql("""
                        update platform.outbox_message set to_address = null, to_name = null, subject = '(erased)',
                            body_text = '(erased)', body_html = null, link_secret = null,
                            reason = case when reason is null then null else '(erased)' end
                        where person_id = :person or about_person_id = :person
                        """).param("person", personId).update();
        return closed;
    }

    // ---- suppression

    boolean suppressed(String address) {
        return address != null
                && jdbc.sql("select exists (select 1 from platform.mail_suppression where address = lower(?))")
                        .param(address)
                        .query(Boolean.class)
                        .single();
    }

    boolean suppress(String address, String reason, Suppression.Source source, Long outboxId, Instant now) {
        return jdbc.sql("""
                                insert into platform.mail_suppression (address, reason, source, outbox_id, suppressed_at)
                                values (lower(:address), :reason, :source, :outbox, :now) on conflict (address) do nothing
                                """)
                        .param("address", address)
                        .param("reason", reason)
                        .param("source", source.name())
                        .param("outbox", outboxId)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    List<Suppression> suppressions() {
        return jdbc.sql("select * from platform.mail_suppression order by suppressed_at desc")
                .query((rs, n) -> new Suppression(
                        rs.getString("address"),
                        rs.getString("reason"),
                        Suppression.Source.valueOf(rs.getString("source")),
                        rs.getObject("outbox_id", Long.class),
                        rs.getTimestamp("suppressed_at").toInstant()))
                .list();
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(
                rs.getLong("id"),
                rs.getString("message_id"),
                MailCategory.valueOf(rs.getString("category")),
                rs.getString("reference"),
                rs.getObject("person_id", Long.class),
                rs.getObject("about_person_id", Long.class),
                rs.getString("to_address"),
                rs.getString("to_name"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                rs.getString("link_secret"),
                rs.getString("unsubscribe_hash") != null,
                MailStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getInt("attempts"),
                instant(rs, "created_at"),
                instant(rs, "not_before"),
                instant(rs, "expires_at"),
                instant(rs, "last_attempt_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
