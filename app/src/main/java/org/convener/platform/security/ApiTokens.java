package org.convener.platform.security;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convener.platform.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: named, with scopes and an expiry, revocable at once. The secret is 256
 * random bits shown once; the database keeps its SHA-256 hash (a secret of that strength needs no
 * slow hash), so a copy of the database lets no one use a token.
 */
@Service
public class ApiTokens {

    public static final Duration LONGEST = Duration.ofDays(366);
    static final String PREFIX = "cvn_";
    private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes a token for an account.
     *
     * @throws IllegalArgumentException naming what is wrong with the name, scopes or expiry
     */
    @Transactional
    public ApiToken.Issued create(long accountId, String name, Set<ApiScope> scopes, Instant expiresAt) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60) {
            throw new IllegalArgumentException("a token needs a name of up to 60 characters");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("choose at least one scope");
        }
        Instant now = clock.instant();
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("the expiry must be in the future");
        }
        if (expiresAt.isAfter(now.plus(LONGEST))) {
            throw new IllegalArgumentException("a token lasts at most a year");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var codes = scopes.stream().map(ApiScope::code).sorted().toArray(String[]::new);
        long id;
        try {
            id = jdbc.sql("""
                            insert into platform.api_token (account_id, name, token_hash, prefix, scopes, created_at, expires_at)
                            values (:account, :name, :hash, :prefix, string_to_array(:scopes, ' '), :now, :expires) returning id
                            """)
                    .param("account", accountId)
                    .param("name", n)
                    .param("hash", SignInThrottle.sha256(secret))
                    .param("prefix", secret.substring(0, PREFIX.length() + 4))
                    .param("scopes", String.join(" ", codes))
                    .param("now", Timestamp.from(now))
                    .param("expires", Timestamp.from(expiresAt))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("you already have a token named \"" + n + "\"");
        }
        var values = new LinkedHashMap<String, Object>();
        values.put("name", n);
        values.put("scopes", String.join(" ", codes));
        values.put("expires", expiresAt.toString());
        audit.record("created", "api token", id, null, null, values);
        return new ApiToken.Issued(find(id).orElseThrow(), secret);
    }

    /** An account's tokens, live ones first, newest first. */
    public List<ApiToken> of(long accountId) {
        return jdbc.sql(
                        "select * from platform.api_token where account_id = :account order by revoked_at is not null, id desc")
                .param("account", accountId)
                .query(ApiTokens::token)
                .list();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql("select * from platform.api_token where id = :id")
                .param("id", id)
                .query(ApiTokens::token)
                .optional();
    }

    /** Revokes one of the account's own tokens; it stops working with the next request. */
    @Transactional
    public void revoke(long accountId, long tokenId) {
        int changed = jdbc.sql(
                        "update platform.api_token set revoked_at = :now where id = :id and account_id = :account and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", tokenId)
                .param("account", accountId)
                .update();
        if (changed == 0) {
            throw new IllegalArgumentException("no such token, or it is already revoked");
        }
        audit.record("revoked", "api token", tokenId, null, null, null);
    }

    /** The usable token a secret belongs to, noting when it was last used (to the minute). */
    Optional<ApiToken> use(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = jdbc.sql("select * from platform.api_token where token_hash = :hash")
                .param("hash", SignInThrottle.sha256(secret))
                .query(ApiTokens::token)
                .optional()
                .filter(t -> t.usable(now));
        token.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(LAST_USE_GRAIN)))
                .ifPresent(t -> jdbc.sql("update platform.api_token set last_used_at = :now where id = :id")
                        .param("now", Timestamp.from(now))
                        .param("id", t.id())
                        .update());
        return token;
    }

    /**
     * A disabled or erased account's tokens are deleted in the same transaction: a token never
     * outlives its owner's access, and erasure leaves no token name behind.
     */
    @org.springframework.context.event.EventListener
    void on(org.convener.platform.accounts.AccountClosed closed) {
        forget(closed.accountId());
    }

    void forget(long accountId) {
        jdbc.sql("delete from platform.api_token where account_id = :account")
                .param("account", accountId)
                .update();
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("scopes");
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (Object code : (Object[]) array.getArray()) {
            scopes.add(ApiScope.ofCode((String) code));
        }
        return new ApiToken(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("name"),
                rs.getString("prefix"),
                scopes,
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String describe(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" "));
    }
}
