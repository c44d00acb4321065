package org.convener.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.stereotype.Component;

/** Adds Convener's own filters to the security chain. */
@Component
public class SecurityFilters {

    private final SignedInUsers users;

    SecurityFilters(SignedInUsers users) {
        this.users = users;
    }

    public void install(HttpSecurity http) {
        http.addFilterBefore(new CurrentRoles(users), AnonymousAuthenticationFilter.class);
    }
}
