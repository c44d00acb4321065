package org.convener.engagements;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convener.groups.Group;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's calendar of upcoming engagements, at a secret address that a calendar program can
 * subscribe to without signing in. Only a hash of the secret is stored; a new address revokes the
 * old one.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final Engagements engagements;
    private final Caucuses caucuses;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeeds(JdbcClient db, Engagements engagements, Caucuses caucuses, AuditLog audit, Clock clock) {
        this.db = db;
        this.engagements = engagements;
        this.caucuses = caucuses;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean hasFeed(long accountId) {
        return db.sql("select count(*) from engagements.calendar_feed where account_id = ? and revoked_at is null")
                        .param(accountId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A new secret for the account's feed; any earlier one stops working. */
    @Transactional
    public String issue(long accountId) {
        revokeQuietly(accountId);
        String token = newSecret();
        db.sql("insert into engagements.calendar_feed (account_id, token_hash, created_at) values (?, ?, ?)")
                .params(accountId, hash(token), Timestamp.from(clock.instant()))
                .update();
        audit.record("issued", "calendar feed", accountId, null, null, Map.of("account", accountId));
        return token;
    }

    @Transactional
    public void revoke(long accountId) {
        if (revokeQuietly(accountId) == 0) {
            throw new IllegalArgumentException("there is no calendar address to revoke");
        }
        audit.record("revoked", "calendar feed", accountId, null, null, Map.of("account", accountId));
    }

    /** The account a live secret belongs to. */
    public Optional<Long> accountFor(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return db.sql("select account_id from engagements.calendar_feed where token_hash = ? and revoked_at is null")
                .param(hash(token))
                .query(Long.class)
                .optional();
    }

    /**
     * The user's engagements from a day ago onwards, in iCalendar form. Titles, times and places
     * only: notes stay behind sign-in.
     */
    public String calendarFor(CurrentUser user) {
        Set<Long> seen = caucuses.idsSeenBy(user);
        Map<Long, String> names = caucuses.seenBy(user).stream().collect(Collectors.toMap(Group::id, Group::name));
        var calendar = new ICalendar();
        calendar.setProductId("-//Convener//Engagements//EN");
        calendar.setMethod(Method.publish());
        calendar.setName("Convener engagements");
        for (Engagement e : engagements.upcoming(seen, clock.instant().minus(Duration.ofDays(1)))) {
            var event = new VEvent();
            event.setUid("engagement-" + e.id() + "@convener");
            event.setSummary(e.title());
            event.setDateStart(Date.from(e.startsAt()));
            event.setDateEnd(Date.from(e.endsAt()));
            event.setCreated(Date.from(e.createdAt()));
            if (e.place() != null) {
                event.setLocation(e.place());
            }
            event.setDescription(e.kind().label() + " · " + names.getOrDefault(e.caucusId(), ""));
            event.addCategories(e.kind().label());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /** Forgets an account's feeds, revoked or not, when its person is erased. */
    void forget(long accountId) {
        db.sql("delete from engagements.calendar_feed where account_id = ?")
                .param(accountId)
                .update();
    }

    private int revokeQuietly(long accountId) {
        return db.sql("update engagements.calendar_feed set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), accountId)
                .update();
    }

    /** A new secret for a feed's address: 256 random bits, URL-safe. Other modules' feeds use it too. */
    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What is stored of a feed's secret: its SHA-256, so the database never holds the address. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
