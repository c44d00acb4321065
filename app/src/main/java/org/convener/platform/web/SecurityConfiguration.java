package org.convener.platform.web;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.convener.platform.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Deny by default: a route is reachable only when a module's {@link AccessRules} names it. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain web(HttpSecurity http, List<AccessRules> rules) throws Exception {
        http.authorizeHttpRequests(routes -> {
            // error pages and forwards render the outcome of a request that was already authorised
            routes.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
            routes.requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error")
                    .permitAll();
            rules.forEach(rule -> rule.configure(routes));
            routes.anyRequest().denyAll();
        });
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
