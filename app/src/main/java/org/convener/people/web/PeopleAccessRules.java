package org.convener.people.web;

import org.convener.platform.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * People's records are for signed-in users only; which person a user may see, change, export or
 * erase is decided per person by {@link org.convener.people.People}.
 */
@Component
class PeopleAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/people", "/people/**").authenticated();
    }
}
