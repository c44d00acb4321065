package org.convener.engagements.web;

import org.convener.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Engagements, asks, stakeholders and follow-ups are for signed-in users; each page then checks
 * the caucus. A calendar feed is reached by its secret address alone, as calendar programs need.
 */
@Component
class EngagementsAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/calendar/{token}.ics").permitAll();
        routes.requestMatchers(
                        "/stakeholders",
                        "/stakeholders/**",
                        "/engagements",
                        "/engagements/**",
                        "/asks",
                        "/asks/**",
                        "/follow-ups",
                        "/follow-ups/**",
                        "/topics",
                        "/topics/**",
                        "/account/calendar",
                        "/account/calendar/**")
                .authenticated();
    }
}
