package org.convener.votes.web;

import org.convener.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Divisions and party cohesion come from the public record and are open to everyone; a caucus's
 * votes and an MP's record sit under the signed-in caucus and person pages, where {@link
 * org.convener.votes.Blocs} and the people module decide who sees what. Marking a free vote needs
 * an officer or an administrator, which the page checks.
 */
@Component
class VotesAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/divisions", "/divisions/cohesion", "/divisions/{id}")
                .permitAll();
        routes.requestMatchers(HttpMethod.POST, "/divisions/{id}/free-vote").authenticated();
        routes.requestMatchers(HttpMethod.GET, "/groups/{slug}/votes", "/people/{id}/votes")
                .authenticated();
    }
}
