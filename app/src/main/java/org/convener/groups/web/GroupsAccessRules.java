package org.convener.groups.web;

import org.convener.platform.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Groups and the vacancies board are for signed-in users; who may see or manage a given group is
 * decided per group by {@link org.convener.groups.Groups}.
 */
@Component
class GroupsAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/groups", "/groups/**", "/vacancies", "/vacancies/**")
                .authenticated();
    }
}
