package org.convener.platform.mail;

import java.time.Clock;
import java.util.List;
import org.convener.platform.accounts.Account;
import org.convener.platform.accounts.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each morning, one message per person with the notifications they chose to have in a digest.
 * Each account's waiting notifications are claimed with a row lock that another instance skips,
 * and marked with the digest's outbox id in the same transaction, so none goes twice or is lost.
 */
@Component
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Accounts accounts;
    private final Outbox outbox;
    private final MailLinks links;
    private final Clock clock;

    Digests(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Accounts accounts,
            Outbox outbox,
            MailLinks links,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.accounts = accounts;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/London")
    void morning() {
        int sent = sendWaiting();
        if (sent > 0) {
            log.info("Queued {} daily digests", sent);
        }
    }

    /** Queues a digest for every account with notifications waiting; returns how many. */
    int sendWaiting() {
        List<Long> waiting = jdbc.sql(
                        "select distinct account_id from platform.notification where delivery = 'DIGEST' and outbox_id is null order by 1")
                .query(Long.class)
                .list();
        int sent = 0;
        for (long accountId : waiting) {
            Boolean queued = transactions.execute(status -> digest(accountId));
            if (Boolean.TRUE.equals(queued)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean digest(long accountId) {
        record Item(long id, long personId, String subject, String body, String link, java.time.Instant at) {}
        List<Item> items = jdbc.sql("""
                        select id, person_id, subject, body, link, created_at from platform.notification
                        where account_id = ? and delivery = 'DIGEST' and outbox_id is null order by id for update skip locked
                        """)
                .param(accountId)
                .query((rs, n) -> new Item(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        if (items.isEmpty()) {
            return false;
        }
        Account account = accounts.find(accountId).filter(Account::enabled).orElse(null);
        Long[] ids = items.stream().map(Item::id).toArray(Long[]::new);
        if (account == null) {
            jdbc.sql("update platform.notification set delivery = 'NO_ACCOUNT' where id = any(?)")
                    .param(ids)
                    .update();
            return false;
        }
        var text = new StringBuilder("What happened in Convener since your last digest:\n");
        for (Item item : items) {
            text.append("\n* ")
                    .append(item.subject())
                    .append(" (")
                    .append(MailDates.time(item.at()))
                    .append(")\n  ");
            text.append(item.body().replace("\n", "\n  "));
            if (item.link() != null) {
                text.append("\n  ").append(links.to(item.link()));
            }
            text.append('\n');
        }
        text.append("\n-- \nYou have these in a daily digest because of your choices at ")
                .append(links.to("/account/notifications"))
                .append(".\n");
        long outboxId = outbox.queue(OutgoingMessage.of(
                MailCategory.DIGEST,
                "digest:" + accountId,
                items.get(0).personId(),
                account.email(),
                null,
                "Convener: " + items.size() + (items.size() == 1 ? " update" : " updates") + " for "
                        + MailDates.day(clock.instant()),
                text.toString()));
        jdbc.sql("update platform.notification set outbox_id = ? where id = any(?)")
                .params(outboxId, ids)
                .update();
        return true;
    }
}
