package org.convener.platform.mail;

import org.convener.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The outbox is for administrators (under {@code /admin}, which the platform's rules reserve);
 * choosing notifications is for anyone signed in; unsubscribing needs only the message's token.
 */
@Component
class MailAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/account/notifications").authenticated();
        routes.requestMatchers(HttpMethod.GET, "/unsubscribe/*").permitAll();
        routes.requestMatchers(HttpMethod.POST, "/unsubscribe/*").permitAll();
    }
}
