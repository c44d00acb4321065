package org.convener.platform.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.convener.platform.CurrentUser;
import org.convener.platform.RoleSource;
import org.convener.platform.accounts.Account;
import org.convener.platform.accounts.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for signing in, with their roles as they hold now. */
@Component
class SignedInUsers implements UserDetailsService {

    private final Accounts accounts;
    private final List<RoleSource> roleSources;

    SignedInUsers(Accounts accounts, List<RoleSource> roleSources) {
        this.accounts = accounts;
        this.roleSources = roleSources;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.find(email).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return of(account, accounts.passwordHash(account.id()));
    }

    Optional<SignedInUser> reload(long accountId) {
        return accounts.find(accountId).map(account -> of(account, "").withoutPassword());
    }

    private SignedInUser of(Account account, String hash) {
        var roles = new HashSet<String>();
        roles.add(CurrentUser.MEMBER);
        if (account.admin()) {
            roles.add(CurrentUser.ADMIN);
        }
        if (account.personId() != null) {
            roleSources.forEach(source -> roles.addAll(source.rolesOf(account.personId())));
        }
        var user = new CurrentUser(account.id(), account.email(), account.personId(), roles);
        return new SignedInUser(
                user,
                hash,
                account.enabled(),
                account.lockedAt(accounts.clock().instant()),
                account.mustChangePassword(),
                account.sessionEpoch());
    }
}
