package org.convener.platform.web;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.convener.platform.AccessRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Deny by default: a route is reachable only when a module's {@link AccessRules} names it. Form
 * sign-in, bcrypt passwords, a new session on sign-in, CSRF tokens on every form and htmx request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            List<AccessRules> rules,
            org.convener.platform.security.SecurityFilters filters,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        http.authorizeHttpRequests(routes -> {
            // error pages and forwards render the outcome of a request that was already authorised
            routes.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll();
            routes.requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error")
                    .permitAll();
            rules.forEach(rule -> rule.configure(routes));
            routes.anyRequest().denyAll();
        });
        http.formLogin(
                form -> form.loginPage("/login").loginProcessingUrl("/login").usernameParameter("email"));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"));
        // a mail program's one-click unsubscribe (RFC 8058) posts without a CSRF token; the
        // message's own unsubscribe token is the credential, so a forged request gains nothing
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher(
                        HttpMethod.POST, "/unsubscribe/*")));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // nothing of an anonymous visitor's is kept on the server: the CSRF token of a visitor
        // lives in a cookie, and so does the page to return to after signing in
        http.csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens(secureCookies)));
        var requestCache = new CookieRequestCache();
        // only a page someone opened is worth returning to: not a form's post, and not a fragment
        // htmx loads into a page (one in flight as the user signs out would be the page they land
        // on at their next sign-in)
        requestCache.setRequestMatcher(
                request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null);
        http.requestCache(cache -> cache.requestCache(requestCache));
        filters.install(http, requestCache);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
