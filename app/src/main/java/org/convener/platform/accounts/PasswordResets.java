package org.convener.platform.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.mail.LinkTokens;
import org.convener.platform.mail.MailCategory;
import org.convener.platform.mail.MailDates;
import org.convener.platform.mail.MailLinks;
import org.convener.platform.mail.Outbox;
import org.convener.platform.mail.OutgoingMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a link that works once, for {@link #VALID}, sent to the account's address.
 * The answer is the same whether or not an account has the address, and requests are throttled
 * per address (silently: the answer must not say which addresses exist) and per client.
 */
@Service
public class PasswordResets {

    public static final Duration VALID = Duration.ofMinutes(30);
    /** Links sent to one address in an hour; more requests are answered the same and send nothing. */
    public static final int PER_ADDRESS_PER_HOUR = 3;
    /** Requests from one client in an hour; more are refused. */
    public static final int PER_CLIENT_PER_HOUR = 10;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Outbox outbox;
    private final MailLinks links;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(
            JdbcClient jdbc,
            Accounts accounts,
            Outbox outbox,
            MailLinks links,
            AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.outbox = outbox;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a request was taken. Both outcomes but the last look the same to the person asking. */
    public enum Requested {
        /** A link was queued for the account with that address. */
        SENT,
        /** Nothing was sent: no enabled account has the address, or it has had enough links this hour. */
        NOT_SENT,
        /** This client has asked too often; say so. */
        CLIENT_THROTTLED
    }

    /**
     * Takes a request for a reset link.
     *
     * @param client the requesting client's address (for IPv6, its /64 network), for throttling
     */
    @Transactional
    public Requested request(String email, String client) {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        jdbc.sql("delete from platform.password_reset_request where requested_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        String who = client == null || client.isBlank() ? "unknown" : client;
        // one client at a time: concurrent requests from it queue here rather than all passing the count
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(?))) as locked")
                .param("reset:" + who)
                .query(Integer.class)
                .single();
        long fromClient = jdbc.sql(
                        "select count(*) from platform.password_reset_request where client = ? and requested_at > ?")
                .params(who, Timestamp.from(hourAgo))
                .query(Long.class)
                .single();
        if (fromClient >= PER_CLIENT_PER_HOUR) {
            return Requested.CLIENT_THROTTLED;
        }
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        String addressHash = LinkTokens.hash("reset:" + address);
        long forAddress = jdbc.sql(
                        "select count(*) from platform.password_reset_request where address_hash = ? and requested_at > ?")
                .params(addressHash, Timestamp.from(hourAgo))
                .query(Long.class)
                .single();
        jdbc.sql("insert into platform.password_reset_request (address_hash, client, requested_at) values (?, ?, ?)")
                .params(addressHash, who, Timestamp.from(now))
                .update();
        if (forAddress >= PER_ADDRESS_PER_HOUR) {
            return Requested.NOT_SENT;
        }
        Optional<Account> account = accounts.find(address).filter(Account::enabled);
        if (account.isEmpty()) {
            return Requested.NOT_SENT;
        }
        send(account.get(), now);
        return Requested.SENT;
    }

    /** An administrator sends an account a reset link, instead of handing over a password. */
    @Transactional
    public void sendFor(long accountId) {
        Account account = accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("no such account"));
        if (!account.enabled()) {
            throw new IllegalArgumentException("the account is disabled; enable it first");
        }
        send(account, clock.instant());
    }

    private void send(Account account, Instant now) {
        // a new link replaces any earlier one still unused
        jdbc.sql("update platform.password_reset set used_at = ? where account_id = ? and used_at is null")
                .params(Timestamp.from(now), account.id())
                .update();
        String token = LinkTokens.fresh();
        Instant expires = now.plus(VALID);
        long id = jdbc.sql(
                        "insert into platform.password_reset (account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?) returning id")
                .params(account.id(), LinkTokens.hash(token), Timestamp.from(now), Timestamp.from(expires))
                .query(Long.class)
                .single();
        outbox.queue(new OutgoingMessage(
                MailCategory.ACCOUNT,
                "password-reset:" + id,
                account.personId(),
                null,
                account.email(),
                null,
                "Choose a new Convener password",
                "Someone (we hope you) asked to choose a new password for the Convener account " + account.email()
                        + ".\n\nChoose it here. The link works once, until " + MailDates.time(expires) + ":\n\n"
                        + links.to("/login/reset/" + Outbox.SECRET)
                        + "\n\nIf you did not ask, ignore this message: your password stays as it is.\n",
                null,
                token,
                null,
                expires));
        audit.record(
                "reset link sent",
                "account",
                account.id(),
                account.personId() == null ? null : AuditLog.person(account.personId()),
                null,
                Map.of("email", account.email(), "expires", expires.toString()));
    }

    /** The account a reset link opens, while it still works. */
    public Optional<Account> open(String token) {
        if (!LinkTokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select account_id from platform.password_reset where token_hash = ? and used_at is null and expires_at > ?")
                .params(LinkTokens.hash(token), Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional()
                .flatMap(accounts::find)
                .filter(Account::enabled);
    }

    /**
     * Sets the chosen password; the link stops working, and any other unused link for the account too.
     *
     * @throws IllegalArgumentException when the link no longer works or the password will not do
     */
    @Transactional
    public Account reset(String token, String chosen) {
        Account account = open(token)
                .orElseThrow(() ->
                        new IllegalArgumentException("this link has been used or has expired; ask for a new one"));
        int claimed = jdbc.sql(
                        "update platform.password_reset set used_at = ? where token_hash = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), LinkTokens.hash(token))
                .update();
        if (claimed == 0) {
            throw new IllegalArgumentException("this link has been used or has expired; ask for a new one");
        }
        accounts.setChosenPassword(account.id(), chosen);
        // the owner is let in at once, whatever delay guessing had put on the account
        events.publishEvent(new PasswordChosen(account.id(), account.email()));
        jdbc.sql("update platform.password_reset set used_at = ? where account_id = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), account.id())
                .update();
        audit.record(
                "password reset by link",
                "account",
                account.id(),
                account.personId() == null ? null : AuditLog.person(account.personId()),
                null,
                Map.of("email", account.email()));
        return accounts.find(account.id()).orElseThrow();
    }
}
