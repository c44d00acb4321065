package org.convener.platform.security;

import java.time.Instant;
import java.util.Set;

/**
 * A personal API token as its owner sees it: never the secret, which is shown once and kept only
 * as a hash.
 *
 * @param prefix the first characters of the secret, to tell tokens apart
 */
public record ApiToken(
        long id,
        long accountId,
        String name,
        String prefix,
        Set<ApiScope> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** A token just made, with its secret: shown to its owner this once. */
    public record Issued(ApiToken token, String secret) {}
}
