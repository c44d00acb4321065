package org.convener.platform.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in accounts: created with a one-time password; a password change, a reset or disabling
 * ends the account's other sessions.
 */
@Service
public class Accounts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[^@\\s]+@localhost");

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Accounts(
            JdbcTemplate jdbc, PasswordEncoder encoder, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates an account with a one-time password, which must be changed at first sign-in.
     *
     * @throws IllegalArgumentException when the email is not one or is taken
     */
    @Transactional
    public NewAccount create(String email, Long personId, boolean admin) {
        String address = normalise(email);
        String password = Passwords.oneTime();
        long id;
        try {
            id = jdbc.queryForObject(
                    """
                    insert into platform.account (email, password_hash, person_id, admin, created_at)
                    values (?, ?, ?, ?, ?) returning id
                    """,
                    Long.class,
                    address,
                    encoder.encode(password),
                    personId,
                    admin,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException(
                    personId != null && find(address).isEmpty()
                            ? "that person already has an account"
                            : "an account for " + address + " already exists");
        }
        Account account = find(id).orElseThrow();
        audit.record("created", "account", id, subject(account), null, describe(account));
        return new NewAccount(account, password);
    }

    public Optional<Account> find(long id) {
        return jdbc.query("select * from platform.account where id = ?", this::map, id).stream()
                .findFirst();
    }

    public Optional<Account> find(String email) {
        return jdbc
                .query(
                        "select * from platform.account where lower(email) = lower(?)",
                        this::map,
                        email == null ? "" : email.trim())
                .stream()
                .findFirst();
    }

    public Optional<Account> forPerson(long personId) {
        return jdbc.query("select * from platform.account where person_id = ?", this::map, personId).stream()
                .findFirst();
    }

    public List<Account> all() {
        return jdbc.query("select * from platform.account order by lower(email)", this::map);
    }

    public long count() {
        return jdbc.queryForObject("select count(*) from platform.account", Long.class);
    }

    /** Whether a password is the account's, for signing in and for changing it. */
    public boolean passwordMatches(long id, String password) {
        String hash = jdbc.queryForObject("select password_hash from platform.account where id = ?", String.class, id);
        return password != null && encoder.matches(password, hash);
    }

    /** The stored hash, for the sign-in machinery only. */
    public String passwordHash(long id) {
        return jdbc.queryForObject("select password_hash from platform.account where id = ?", String.class, id);
    }

    /**
     * Changes the password and ends the account's other sessions.
     *
     * @return the account's new session epoch, for the session that made the change to carry on in
     */
    @Transactional
    public int changePassword(long id, String current, String chosen) {
        Account account = find(id).orElseThrow(() -> new IllegalArgumentException("no such account"));
        if (!passwordMatches(id, current)) {
            throw new IllegalArgumentException("the current password is not right");
        }
        Passwords.check(chosen, account.email());
        if (passwordMatches(id, chosen)) {
            throw new IllegalArgumentException("the new password must differ from the current one");
        }
        jdbc.update(
                "update platform.account set password_hash = ?, must_change_password = false,"
                        + " session_epoch = session_epoch + 1 where id = ?",
                encoder.encode(chosen),
                id);
        audit.record("password changed", "account", id, subject(account), null, Map.of("email", account.email()));
        return account.sessionEpoch() + 1;
    }

    /** Sets a new one-time password, which must be changed at next sign-in, and ends the account's sessions. */
    @Transactional
    public String resetPassword(long id) {
        Account account = find(id).orElseThrow(() -> new IllegalArgumentException("no such account"));
        String password = Passwords.oneTime();
        jdbc.update(
                "update platform.account set password_hash = ?, must_change_password = true, failed_attempts = 0,"
                        + " locked_until = null, session_epoch = session_epoch + 1 where id = ?",
                encoder.encode(password),
                id);
        audit.record("password reset", "account", id, subject(account), null, Map.of("email", account.email()));
        return password;
    }

    @Transactional
    public void unlock(long id) {
        Account before = find(id).orElseThrow(() -> new IllegalArgumentException("no such account"));
        jdbc.update("update platform.account set failed_attempts = 0, locked_until = null where id = ?", id);
        audit.record("unlocked", "account", id, subject(before), describe(before), describe(find(id).orElseThrow()));
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        Account before = find(id).orElseThrow(() -> new IllegalArgumentException("no such account"));
        // disabling ends the account's sessions; the new epoch keeps re-enabling from reviving them
        jdbc.update(
                "update platform.account set enabled = ?, session_epoch = session_epoch + 1 where id = ?", enabled, id);
        if (!enabled) {
            events.publishEvent(new AccountClosed(id));
        }
        audit.record(
                enabled ? "enabled" : "disabled",
                "account",
                id,
                subject(before),
                describe(before),
                describe(find(id).orElseThrow()));
    }

    @Transactional
    public void recordSignIn(long id) {
        jdbc.update(
                "update platform.account set failed_attempts = 0, locked_until = null, last_sign_in_at = ? where id = ?",
                Timestamp.from(clock.instant()),
                id);
    }

    /** For a person being erased: the account is disabled and its email forgotten. */
    @Transactional
    public void forgetPerson(long personId) {
        forPerson(personId).ifPresent(account -> {
            jdbc.update(
                    """
                    update platform.account set email = ?, enabled = false, person_id = null, password_hash = ?,
                        failed_attempts = 0, locked_until = null, last_sign_in_at = null,
                        session_epoch = session_epoch + 1 where id = ?
                    """, "erased-" + account.id() + "@localhost", encoder.encode(Passwords.oneTime()), account.id());
            // the clients it signed in from are forgotten with it
            jdbc.update("delete from platform.sign_in_device where account_id = ?", account.id());
            events.publishEvent(new AccountClosed(account.id()));
            audit.record(
                    "erased",
                    "account",
                    account.id(),
                    null,
                    Map.of("person", personId),
                    Map.of("email", "erased-" + account.id() + "@localhost"));
        });
    }

    public Clock clock() {
        return clock;
    }

    /**
     * How to show who did something, from what was recorded ({@link AuditActor#who()}): the
     * account's email as it is now (an erased person's account no longer has theirs), or the name
     * of the tool that acted.
     */
    public String actorName(String actor) {
        return AuditActor.accountOf(actor)
                .map(id -> find(id).map(Account::email).orElse("a former account"))
                .orElse(actor);
    }

    private static String normalise(String email) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new IllegalArgumentException(
                    "\"" + (email == null ? "" : email.trim()) + "\" is not an email address");
        }
        return address;
    }

    private static Map<String, Object> describe(Account a) {
        var values = new LinkedHashMap<String, Object>();
        values.put("email", a.email());
        values.put("person", a.personId());
        values.put("admin", a.admin());
        values.put("enabled", a.enabled());
        values.put("locked", a.lockedUntil() != null);
        return values;
    }

    private Account map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp last = rs.getTimestamp("last_sign_in_at");
        return new Account(
                rs.getLong("id"),
                rs.getString("email"),
                (Long) rs.getObject("person_id"),
                rs.getBoolean("admin"),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                last == null ? null : last.toInstant(),
                rs.getInt("session_epoch"));
    }

    /** An account's audit values are about its person, if it has one, so that erasing them reaches the account's history too. */
    private static String subject(Account account) {
        return account.personId() == null ? null : AuditLog.person(account.personId());
    }
}
