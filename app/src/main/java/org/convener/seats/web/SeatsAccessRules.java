package org.convener.seats.web;

import org.convener.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Seat intelligence is built from public records and is open to everyone. */
@Component
class SeatsAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/",
                        "/seats",
                        "/seats.csv",
                        "/seats/runner-up",
                        "/seats/find",
                        "/seats/suggest",
                        "/seats/{code}",
                        "/map")
                .permitAll();
    }
}
