package org.convener.platform.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.platform.CurrentUser;
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
 * Invitations to an account: the invited person chooses their own password from a link that
 * works once and expires after {@link #VALID}. The account is made only when they do. A new
 * invitation to the same address replaces any still waiting.
 */
@Service
public class Invitations {

    public static final Duration VALID = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Outbox outbox;
    private final MailLinks links;
    private final AuditLog audit;
    private final Clock clock;

    Invitations(JdbcClient jdbc, Accounts accounts, Outbox outbox, MailLinks links, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.outbox = outbox;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Invites someone to an account and queues the email with the link, in one transaction.
     *
     * @param name how to greet them, if known
     * @throws IllegalArgumentException when the address is not one, or an account exists for it or for the person
     */
    @Transactional
    public Invitation invite(String email, Long personId, String name, boolean admin) {
        String address = Accounts.normalise(email);
        if (accounts.find(address).isPresent()) {
            throw new IllegalArgumentException("an account for " + address + " already exists");
        }
        if (personId != null && accounts.forPerson(personId).isPresent()) {
            throw new IllegalArgumentException("that person already has an account");
        }
        Instant now = clock.instant();
        jdbc.sql(
                        "update platform.account_invitation set revoked_at = ? where lower(email) = ? and accepted_at is null and revoked_at is null")
                .params(Timestamp.from(now), address)
                .update();
        String token = LinkTokens.fresh();
        Instant expires = now.plus(VALID);
        Long inviter = CurrentUser.get().map(CurrentUser::accountId).orElse(null);
        long id = jdbc.sql("""
                        insert into platform.account_invitation (email, person_id, admin, token_hash, invited_by_id, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        address,
                        personId,
                        admin,
                        LinkTokens.hash(token),
                        inviter,
                        Timestamp.from(now),
                        Timestamp.from(expires))
                .query(Long.class)
                .single();
        String who = CurrentUser.get().map(CurrentUser::email).orElse("An administrator");
        String greeting = name == null || name.isBlank() ? "Hello," : "Hello " + name.trim() + ",";
        outbox.queue(new OutgoingMessage(
                MailCategory.ACCOUNT,
                "invitation:" + id,
                personId,
                null,
                address,
                name,
                "Your invitation to Convener",
                greeting + "\n\n" + who + " has invited you to an account on Convener"
                        + (admin ? ", as an administrator" : "")
                        + ".\n\nChoose your password here. The link works once, until "
                        + MailDates.time(expires) + ":\n\n"
                        + links.to("/account/invitation/" + Outbox.SECRET)
                        + "\n\nYou will sign in with this address, " + address
                        + ". If you were not expecting this, ignore it: no account is made until you choose a password.\n",
                null,
                token,
                null,
                expires));
        Invitation invitation = find(id).orElseThrow();
        audit.record("invited", "account", "invitation " + id, subject(personId), null, describe(invitation));
        return invitation;
    }

    /** The invitation a link's token opens, while it still works. */
    public Optional<Invitation> open(String token) {
        if (!LinkTokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select * from platform.account_invitation where token_hash = ?")
                .param(LinkTokens.hash(token))
                .query(Invitations::map)
                .optional()
                .filter(i -> i.openAt(clock.instant()));
    }

    /**
     * Makes the account with the chosen password; the link stops working.
     *
     * @throws IllegalArgumentException when the link no longer works or the password will not do
     */
    @Transactional
    public Account accept(String token, String chosen) {
        Invitation invitation = open(token)
                .orElseThrow(() ->
                        new IllegalArgumentException("this invitation link has been used, replaced or has expired"));
        // the row lock makes a second use of the same link wait, then find it used
        int claimed = jdbc.sql(
                        "update platform.account_invitation set accepted_at = ? where id = ? and accepted_at is null and revoked_at is null")
                .params(Timestamp.from(clock.instant()), invitation.id())
                .update();
        if (claimed == 0) {
            throw new IllegalArgumentException("this invitation link has been used, replaced or has expired");
        }
        Passwords.check(chosen, invitation.email());
        Account account = accounts.create(invitation.email(), invitation.personId(), invitation.admin())
                .account();
        accounts.setChosenPassword(account.id(), chosen);
        jdbc.sql("update platform.account_invitation set account_id = ? where id = ?")
                .params(account.id(), invitation.id())
                .update();
        audit.record(
                "accepted invitation",
                "account",
                account.id(),
                subject(invitation.personId()),
                null,
                Map.of("email", invitation.email(), "invitation", invitation.id()));
        return accounts.find(account.id()).orElseThrow();
    }

    /** The latest invitation for a person, if any. */
    public Optional<Invitation> latestFor(long personId) {
        return jdbc.sql("select * from platform.account_invitation where person_id = ? order by id desc limit 1")
                .param(personId)
                .query(Invitations::map)
                .optional();
    }

    /** Invitations not yet accepted, replaced or expired, newest first. */
    public List<Invitation> waiting() {
        return jdbc.sql(
                        "select * from platform.account_invitation where accepted_at is null and revoked_at is null and expires_at > ? order by id desc")
                .param(Timestamp.from(clock.instant()))
                .query(Invitations::map)
                .list();
    }

    /** For erasure: the person's invitations go, with the address they were sent to. */
    @Transactional
    public void forgetPerson(long personId) {
        jdbc.sql("delete from platform.account_invitation where person_id = ?")
                .param(personId)
                .update();
    }

    public Clock clock() {
        return clock;
    }

    private Optional<Invitation> find(long id) {
        return jdbc.sql("select * from platform.account_invitation where id = ?")
                .param(id)
                .query(Invitations::map)
                .optional();
    }

    private static String subject(Long personId) {
        return personId == null ? null : AuditLog.person(personId);
    }

    private static Map<String, Object> describe(Invitation i) {
        var values = new LinkedHashMap<String, Object>();
        values.put("email", i.email());
        values.put("person", i.personId());
        values.put("admin", i.admin());
        values.put("expires", i.expiresAt().toString());
        return values;
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getObject("person_id", Long.class),
                rs.getBoolean("admin"),
                rs.getObject("invited_by_id", Long.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs, "accepted_at"),
                instant(rs, "revoked_at"),
                rs.getObject("account_id", Long.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
