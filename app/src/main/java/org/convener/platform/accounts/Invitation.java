package org.convener.platform.accounts;

import java.time.Instant;

/**
 * An invitation to an account, sent by email with a link that works once, until it expires.
 *
 * @param personId the person the account will belong to, if any
 * @param invitedBy the account that invited, if someone signed in did
 */
public record Invitation(
        long id,
        String email,
        Long personId,
        boolean admin,
        Long invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt,
        Instant revokedAt,
        Long accountId) {

    public boolean openAt(Instant now) {
        return acceptedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }

    public String state(Instant now) {
        if (acceptedAt != null) {
            return "accepted";
        }
        if (revokedAt != null) {
            return "replaced";
        }
        return expiresAt.isAfter(now) ? "waiting" : "expired";
    }
}
