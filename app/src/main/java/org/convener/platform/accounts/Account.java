package org.convener.platform.accounts;

import java.time.Instant;

/**
 * A sign-in account. The password hash never leaves this package.
 *
 * @param personId the person the account belongs to, if it is linked to one
 * @param lockedUntil set by earlier versions after repeated wrong passwords; sign-in is now throttled instead
 * @param sessionEpoch sessions begun under an earlier epoch are over (a password change, reset or disabling)
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
        Instant lastSignInAt,
        int sessionEpoch) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
