package org.convener.messages.web;

import org.convener.platform.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Group messages are for signed-in users; that only those who run a group may write to it is
 * decided per group by {@link org.convener.groups.Groups}.
 */
@Component
class MessagesAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/groups/*/messages", "/groups/*/messages/**").authenticated();
    }
}
