package org.convener.bulletins.web;

import org.convener.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A published public bulletin and a seat's briefing pack are open to everyone (each page then
 * decides what a visitor may see: members-only bulletins and the signed-in parts of a pack are
 * not shown to them); drafts, metrics and writing need a signed-in user whom the caucus's rules allow.
 */
@Component
class BulletinsAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/bulletins/{caucus}",
                        "/bulletins/{caucus}/{week}",
                        "/bulletins/{caucus}/{week}.pdf",
                        "/seats/{code}/briefing",
                        "/seats/{code}/briefing.pdf")
                .permitAll();
        routes.requestMatchers("/bulletins/**", "/metrics", "/metrics/**", "/groups/*/briefings.pdf")
                .authenticated();
    }
}
