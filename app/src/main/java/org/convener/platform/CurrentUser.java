package org.convener.platform;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in: their account, the person the account belongs to (if any) and their roles.
 *
 * @param roles {@code ADMIN}, {@code OFFICER}, {@code ORGANISER} and {@code MEMBER}, as they hold now
 */
public record CurrentUser(long accountId, String email, Long personId, Set<String> roles)
        implements java.io.Serializable {

    public static final String ADMIN = "ADMIN";
    public static final String OFFICER = "OFFICER";
    public static final String ORGANISER = "ORGANISER";
    public static final String MEMBER = "MEMBER";

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean admin() {
        return roles.contains(ADMIN);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isPerson(long id) {
        return personId != null && personId == id;
    }

    /** The user of the current request, if someone is signed in. */
    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Principal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** Implemented by the security layer's principal, so that modules need not know its class. */
    public interface Principal {
        CurrentUser user();
    }
}
