package org.convener.polls.web;

import org.convener.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Polls, projections and seat sets are built from public data and open to everyone. */
@Component
class PollsAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET, "/polls", "/projection", "/projection/seats/{code}", "/sets", "/sets/{name}")
                .permitAll();
        // keeping the polls: officers and administrators, as the page checks
        routes.requestMatchers("/polls/manage", "/polls/manage/**").authenticated();
    }
}
