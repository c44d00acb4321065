package org.convener.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Growing delays after wrong passwords, per client address and per account, instead of a lock
 * anyone could set off. Each key has a few free failures; after that each failure makes the key
 * wait before its next attempt: one second, then two, four, and so on up to fifteen minutes. An
 * hour without failures forgets them.
 *
 * <p>An account's own key counts failures from clients it has never signed in from. Its owner, on
 * a client they have signed in from before (a cookie holding a random token), is judged by that
 * client's own key instead: someone guessing from elsewhere cannot keep them out.
 *
 * <p>Everything is kept in the database, so the delays hold across several instances.
 */
@Component
public class SignInThrottle {

    public static final int FREE_PER_ADDRESS = 10;
    public static final int FREE_PER_ACCOUNT = 5;
    static final int FREE_PER_DEVICE = 5;
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final Duration DEVICE_KEPT = Duration.ofDays(400);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One attempt's keys and their free failures. */
    record Attempt(String address, Optional<Long> trustedAccount, List<Key> keys) {}

    record Key(String name, int free) {}

    /**
     * The keys of an attempt to sign in as {@code email} from {@code address}, on a client holding
     * {@code deviceToken} (or none).
     *
     * @param accountId the account {@code email} names, if any
     */
    Attempt attempt(String address, String email, Optional<Long> accountId, String deviceToken) {
        var keys = new ArrayList<Key>();
        keys.add(new Key("address:" + network(address), FREE_PER_ADDRESS));
        Optional<Long> trusted = Optional.empty();
        if (deviceToken != null && !deviceToken.isBlank() && accountId.isPresent()) {
            trusted = deviceAccount(deviceToken).filter(accountId.get()::equals);
        }
        if (trusted.isPresent()) {
            keys.add(new Key("device:" + sha256(deviceToken), FREE_PER_DEVICE));
        } else {
            keys.add(new Key(accountKey(email), FREE_PER_ACCOUNT));
        }
        return new Attempt(address, trusted, keys);
    }

    /** How long the attempt must wait before it may be tried; zero when it may be tried now. */
    Duration waitFor(Attempt attempt) {
        Instant now = clock.instant();
        Optional<Timestamp> until = jdbc.sql(
                        "select max(blocked_until) from platform.sign_in_throttle where key in (:keys) and blocked_until > :now")
                .param("keys", names(attempt))
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional();
        return until.map(t -> Duration.between(now, t.toInstant())).orElse(Duration.ZERO);
    }

    /** A wrong password: counts against every key of the attempt, and delays those past their free failures. */
    void failed(Attempt attempt) {
        Instant now = clock.instant();
        for (Key key : attempt.keys()) {
            int failures = jdbc.sql("""
                            insert into platform.sign_in_throttle (key, failures, last_failure)
                            values (:key, 1, :now)
                            on conflict (key) do update set
                                failures = case when sign_in_throttle.last_failure < :forgotten then 1
                                                else sign_in_throttle.failures + 1 end,
                                last_failure = excluded.last_failure
                            returning failures
                            """)
                    .param("key", key.name())
                    .param("now", Timestamp.from(now))
                    .param("forgotten", Timestamp.from(now.minus(FORGET_AFTER)))
                    .query(Integer.class)
                    .single();
            Duration delay = delayAfter(failures, key.free());
            if (!delay.isZero()) {
                jdbc.sql("update platform.sign_in_throttle set blocked_until = :until where key = :key")
                        .param("until", Timestamp.from(now.plus(delay)))
                        .param("key", key.name())
                        .update();
            }
        }
    }

    /**
     * A right password: the client's own count starts again, and the client is remembered for the
     * account. Returns the token to keep in the client's cookie.
     */
    String succeeded(Attempt attempt, long accountId, String deviceToken) {
        Instant now = clock.instant();
        if (attempt.trustedAccount().isPresent()) {
            String hash = sha256(deviceToken);
            jdbc.sql("delete from platform.sign_in_throttle where key = :key")
                    .param("key", "device:" + hash)
                    .update();
            jdbc.sql("update platform.sign_in_device set last_used_at = :now where token_hash = :hash")
                    .param("now", Timestamp.from(now))
                    .param("hash", hash)
                    .update();
            return deviceToken;
        }
        String token = DeviceCookie.newToken();
        jdbc.sql("""
                        insert into platform.sign_in_device (token_hash, account_id, created_at, last_used_at)
                        values (:hash, :account, :now, :now)
                        """)
                .param("hash", sha256(token))
                .param("account", accountId)
                .param("now", Timestamp.from(now))
                .update();
        return token;
    }

    /** Lets an account's owner in again at once, from anywhere (an administrator's decision). */
    public void forgive(String email) {
        jdbc.sql("delete from platform.sign_in_throttle where key = :key")
                .param("key", accountKey(email))
                .update();
    }

    /** A password chosen from an emailed link proves the owner: their account's delay ends. */
    @org.springframework.context.event.EventListener
    void chosen(org.convener.platform.accounts.PasswordChosen event) {
        forgive(event.email());
    }

    /** The emails among {@code emails} whose accounts are being delayed now. */
    public Set<String> delayed(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        var blocked = jdbc.sql(
                        "select key from platform.sign_in_throttle where key in (:keys) and blocked_until > :now")
                .param("keys", emails.stream().map(SignInThrottle::accountKey).toList())
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class)
                .set();
        return emails.stream()
                .filter(email -> blocked.contains(accountKey(email)))
                .collect(Collectors.toSet());
    }

    /** Failures forgotten a day ago, and clients unused for longer than their cookie lasts, go. */
    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "sign-in-throttle-purge", lockAtLeastFor = "PT5M")
    public void purge() {
        Instant now = clock.instant();
        jdbc.sql(
                        "delete from platform.sign_in_throttle where last_failure < :day and coalesce(blocked_until, last_failure) < :now")
                .param("day", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("delete from platform.sign_in_device where last_used_at < :unused")
                .param("unused", Timestamp.from(now.minus(DEVICE_KEPT)))
                .update();
    }

    /** The delay after {@code failures} failures in a row of a key allowed {@code free} of them. */
    public static Duration delayAfter(int failures, int free) {
        int over = failures - free;
        if (over <= 0) {
            return Duration.ZERO;
        }
        long seconds = over >= 20 ? Long.MAX_VALUE : 1L << (over - 1);
        return seconds >= LONGEST_DELAY.toSeconds() ? LONGEST_DELAY : Duration.ofSeconds(seconds);
    }

    private Optional<Long> deviceAccount(String token) {
        return jdbc.sql("select account_id from platform.sign_in_device where token_hash = :hash")
                .param("hash", sha256(token))
                .query(Long.class)
                .optional();
    }

    private static List<String> names(Attempt attempt) {
        return attempt.keys().stream().map(Key::name).toList();
    }

    static String accountKey(String email) {
        return "account:" + sha256(email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The address as the throttle counts it: an IPv4 address as it is, an IPv6 address by its
     * /64 network, since one client holds a whole /64. "Forgot password" counts clients the same way.
     */
    public static String network(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
