package org.convener.platform.accounts;

import org.convener.platform.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On the server's first start, with no accounts at all, creates an administrator and prints its
 * one-time password once on the console. There is no default password.
 */
@Component
@ConditionalOnProperty(name = "convener.import-on-start", havingValue = "true")
class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final String email;

    FirstAdministrator(Accounts accounts, @Value("${convener.admin-email:admin@localhost}") String email) {
        this.accounts = accounts;
        this.email = email;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.count() > 0) {
            return;
        }
        var created = AuditActor.as("first start", () -> accounts.create(email, null, true));
        log.warn("""

                No accounts existed, so an administrator has been created:
                    email:              {}
                    one-time password:  {}
                This password is shown only now. Sign in at /login and choose your own.
                """, created.account().email(), created.oneTimePassword());
    }
}
