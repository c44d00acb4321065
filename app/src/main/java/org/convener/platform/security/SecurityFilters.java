package org.convener.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/** Adds Convener's own filters and sign-in outcomes to the security chain. */
@Component
public class SecurityFilters {

    private final SignedInUsers users;
    private final SignIns signIns;

    SecurityFilters(SignedInUsers users, SignIns signIns) {
        this.users = users;
        this.signIns = signIns;
    }

    public void install(HttpSecurity http, RequestCache requestCache) throws Exception {
        http.addFilterBefore(signIns.throttleFilter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new CurrentRoles(users), AnonymousAuthenticationFilter.class);
        http.formLogin(form ->
                form.successHandler(signIns.successHandler(requestCache)).failureHandler(signIns.failureHandler()));
    }
}
