package org.convener.platform.accounts;

import java.time.Instant;

/**
 * A sign-in account. The password hash never leaves this package.
 *
 * @param personId the person the account belongs to, if it is linked to one
 * @param lockedUntil after repeated wrong passwords, when signing in is allowed again
 */
public record Account(
        long id,
        String email,
        Long personId,
        boolean admin,
        boolean enabled,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil,
        Instant createdAt,
        Instant lastSignInAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
