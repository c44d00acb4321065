package org.convener.ballots.web;

import org.convener.platform.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Contests are for signed-in users; who may see one, nominate, vote or run it is decided per
 * contest by the group's membership ({@link org.convener.ballots.Contests}).
 */
@Component
class BallotsAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/ballots", "/ballots/**").authenticated();
    }
}
