package org.convener.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.platform.accounts.Account;
import org.convener.platform.accounts.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people what concerns them, by email to their account's address, once per event, as each
 * chose: at once, in the next daily digest, or never. Called in the transaction of the change, so
 * the notification exists exactly when the change does.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Outbox outbox;
    private final MailLinks links;
    private final Map<String, NotificationKind> kinds = new LinkedHashMap<>();
    private final Clock clock;

    Notifications(
            JdbcClient jdbc,
            Accounts accounts,
            Outbox outbox,
            MailLinks links,
            List<NotificationKind> kinds,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        kinds.stream().sorted(Comparator.comparing(NotificationKind::label)).forEach(k -> this.kinds.put(k.key(), k));
    }

    /** What a notification says. {@code link} is a path in Convener, such as {@code /letters/4}. */
    public record Notice(String subject, String body, String link, Long aboutPersonId) {}

    /** A notification as recorded. */
    public record Sent(
            long id,
            String kind,
            String subject,
            String body,
            String link,
            String delivery,
            java.time.Instant at,
            Long outboxId) {}

    public List<NotificationKind> kinds() {
        return List.copyOf(kinds.values());
    }

    /**
     * Tells a person, once for each {@code key}: a second call with the same person and key does
     * nothing. Someone without an enabled account is not told (and is not told later either).
     *
     * @return whether this call recorded the notification (false when it was already told)
     */
    @Transactional
    public boolean tell(NotificationKind kind, long personId, String key, Notice notice) {
        requireKnown(kind);
        Optional<Account> account = accounts.forPerson(personId).filter(Account::enabled);
        NotificationKind.Delivery delivery =
                account.map(a -> preferences(a.id()).get(kind.key())).orElse(null);
        String recorded = account.isEmpty() ? "NO_ACCOUNT" : delivery.name();
        Optional<Long> id = jdbc.sql("""
                        insert into platform.notification (person_id, account_id, kind, dedup_key, about_person_id, subject, body, link, delivery, created_at)
                        values (:person, :account, :kind, :key, :about, :subject, :body, :link, :delivery, :now)
                        on conflict (person_id, dedup_key) do nothing returning id
                        """)
                .param("person", personId)
                .param("account", account.map(Account::id).orElse(null))
                .param("kind", kind.key())
                .param("key", kind.key() + ":" + key)
                .param("about", notice.aboutPersonId())
                .param("subject", notice.subject())
                .param("body", notice.body())
                .param("link", notice.link())
                .param("delivery", recorded)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return false;
        }
        if (delivery == NotificationKind.Delivery.IMMEDIATE) {
            String text = notice.body() + (notice.link() == null ? "" : "\n\n" + links.to(notice.link()))
                    + "\n\n-- \nYou are told this at once because of your choices at "
                    + links.to("/account/notifications") + ".\n";
            long outboxId = outbox.queue(new OutgoingMessage(
                    MailCategory.NOTIFICATION,
                    "notification:" + id.get(),
                    personId,
                    notice.aboutPersonId(),
                    account.get().email(),
                    null,
                    notice.subject(),
                    text,
                    null,
                    null,
                    null,
                    null));
            jdbc.sql("update platform.notification set outbox_id = ? where id = ?")
                    .params(outboxId, id.get())
                    .update();
        }
        return true;
    }

    /** How an account hears of each kind: its choice, or the kind's usual way. */
    public Map<String, NotificationKind.Delivery> preferences(long accountId) {
        var chosen = new LinkedHashMap<String, NotificationKind.Delivery>();
        kinds.values().forEach(k -> chosen.put(k.key(), k.usual()));
        jdbc.sql("select kind, delivery from platform.notification_preference where account_id = ?")
                .param(accountId)
                .query((rs, n) ->
                        Map.entry(rs.getString("kind"), NotificationKind.Delivery.valueOf(rs.getString("delivery"))))
                .list()
                .forEach(e -> {
                    if (chosen.containsKey(e.getKey())) {
                        chosen.put(e.getKey(), e.getValue());
                    }
                });
        return chosen;
    }

    @Transactional
    public void choose(long accountId, Map<String, NotificationKind.Delivery> choices) {
        choices.forEach((key, delivery) -> {
            if (!kinds.containsKey(key)) {
                throw new IllegalArgumentException("there is no kind of notification called " + key);
            }
            jdbc.sql("""
                            insert into platform.notification_preference (account_id, kind, delivery) values (?, ?, ?)
                            on conflict (account_id, kind) do update set delivery = excluded.delivery
                            """).params(accountId, key, delivery.name()).update();
        });
    }

    /** The latest notifications for a person, newest first. */
    public List<Sent> recent(long personId, int limit) {
        return jdbc.sql("select * from platform.notification where person_id = ? order by id desc limit ?")
                .params(personId, limit)
                .query((rs, n) -> new Sent(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getString("delivery"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getObject("outbox_id", Long.class)))
                .list();
    }

    /** Counts of recorded notifications by how they went, for one kind and key prefix (e.g. a letter's). */
    public Map<String, Long> tally(NotificationKind kind, String keyPrefix) {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql(
                        "select delivery, count(*) as n from platform.notification where kind = ? and dedup_key like ? group by delivery order by delivery")
                .params(kind.key(), kind.key() + ":" + keyPrefix.replace("%", "\\%") + "%")
                .query((rs, n) -> Map.entry(rs.getString("delivery"), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** For erasure: what the person was told and their choices, and what others were told about them, go. */
    @Transactional
    public void forgetPerson(long personId) {
        accounts.forPerson(personId)
                .ifPresent(account -> jdbc.sql("delete from platform.notification_preference where account_id = ?")
                        .param(account.id())
                        .update());
        jdbc.sql("delete from platform.notification where person_id = :p")
                .param("p", personId)
                .update();
        jdbc.sql(
                        "update platform.notification set subject = '(erased)', body = '(erased)', link = null where about_person_id = :p")
                .param("p", personId)
                .update();
    }

    public Map<NotificationKind.Delivery, String> deliveries() {
        var labels = new EnumMap<NotificationKind.Delivery, String>(NotificationKind.Delivery.class);
        for (var d : NotificationKind.Delivery.values()) {
            labels.put(d, d.label());
        }
        return labels;
    }

    private void requireKnown(NotificationKind kind) {
        if (!kinds.containsKey(kind.key())) {
            throw new IllegalStateException("notification kind " + kind.key() + " is not declared as a bean");
        }
    }
}
