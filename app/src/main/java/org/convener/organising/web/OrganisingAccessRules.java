package org.convener.organising.web;

import org.convener.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Meetings, the pipeline, courses and the library are for signed-in users, each page then checking
 * the group, candidacy or document. Open to anyone: a group's public page and public calendar, the
 * library's list and its documents' pages and files (each shows a visitor only what is public, and
 * sends them to sign in for the rest), and a group calendar reached by its secret address.
 */
@Component
class OrganisingAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/library/new").authenticated();
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/local-groups/{slug}",
                        "/local-groups/{slug}/events.ics",
                        "/group-calendar/{token}.ics",
                        "/library",
                        "/library/{id}",
                        "/library/{id}/file")
                .permitAll();
        routes.requestMatchers(
                        "/meetings/**",
                        "/candidates/**",
                        "/pipeline",
                        "/courses/**",
                        "/sessions/**",
                        "/materials/**",
                        "/library",
                        "/library/**",
                        "/account/background",
                        "/account/background/**")
                .authenticated();
    }
}
