package org.convener.platform.security;

import org.convener.platform.accounts.Accounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords towards a lock and clears the count on a good one. */
@Component
class SignInEvents {

    private final Accounts accounts;

    SignInEvents(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            accounts.recordSignIn(user.user().accountId());
        }
    }
}
