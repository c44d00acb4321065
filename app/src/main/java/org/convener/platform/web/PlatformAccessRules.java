package org.convener.platform.web;

import org.convener.platform.AccessRules;
import org.convener.platform.CurrentUser;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class PlatformAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        // where the data comes from and under which licence: public by the licences' own terms
        routes.requestMatchers(HttpMethod.GET, "/sources").permitAll();
        routes.requestMatchers(HttpMethod.GET, "/login").permitAll();
        // links that set a password work without signing in; their single-use token is the credential
        routes.requestMatchers("/login/forgot", "/login/reset/*", "/account/invitation/*")
                .permitAll();
        routes.requestMatchers(
                        "/home", "/account", "/account/password", "/account/tokens", "/account/tokens/{id}/revoke")
                .authenticated();
        routes.requestMatchers("/admin/**").hasRole(CurrentUser.ADMIN);
    }
}
