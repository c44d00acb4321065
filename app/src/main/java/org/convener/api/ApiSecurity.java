package org.convener.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.convener.platform.security.ApiAuthentication;
import org.convener.platform.security.ApiScope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API's own security chain: bearer tokens only, nothing kept between requests (no session, so
 * no CSRF token either, and a session cookie authenticates nothing here). Seat intelligence is
 * open to visitors as on the pages; a token reading it needs the seats scope; organising data needs
 * a token with the organising scope, and changes need a write scope, each within the owner's role.
 */
// only a web application serves the API; a second instance started without a web server has none
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Convener API",
                        version = "v1",
                        description = "Seat intelligence, polls and projections for everyone; a caucus's organising"
                                + " data by personal API token, within its owner's role. Lists are paged with"
                                + " `cursor` and `limit`; errors are RFC 9457 problem details.",
                        license = @License(name = "AGPL-3.0", url = "https://www.gnu.org/licenses/agpl-3.0.html")))
@SecurityScheme(
        name = ApiSecurity.TOKEN,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal API token from /account/tokens")
class ApiSecurity {

    static final String TOKEN = "token";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiAuthentication tokens) throws Exception {
        http.securityMatcher("/api/v1/**");
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.securityContext(
                context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
        http.requestCache(cache -> cache.requestCache(new NullRequestCache()));
        http.csrf(csrf -> csrf.disable());
        tokens.install(http);
        http.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    ApiAuthentication.problem(
                            response, 401, "Unauthorized", "this needs a personal API token (Authorization: Bearer …)");
                })
                .accessDeniedHandler((request, response, e) -> ApiAuthentication.problem(
                        response, 403, "Forbidden", "the token's scopes or its owner's role do not allow this")));
        http.authorizeHttpRequests(routes -> {
            routes.requestMatchers(
                            HttpMethod.GET,
                            "/api/v1/seats",
                            "/api/v1/seats/{code}",
                            "/api/v1/sets",
                            "/api/v1/sets/{name}",
                            "/api/v1/polls",
                            "/api/v1/polls/average",
                            "/api/v1/sweeps")
                    .access(openOr(ApiScope.SEATS_READ));
            routes.requestMatchers(HttpMethod.POST, "/api/v1/projections").access(openOr(ApiScope.SEATS_READ));
            routes.requestMatchers(
                            HttpMethod.GET,
                            "/api/v1/asks",
                            "/api/v1/asks/{id}",
                            "/api/v1/people",
                            "/api/v1/people/{id}",
                            "/api/v1/groups",
                            "/api/v1/groups/{slug}",
                            "/api/v1/vacancies")
                    .hasAuthority(ApiScope.ORGANISING_READ.authority());
            routes.requestMatchers(HttpMethod.POST, "/api/v1/asks/{id}/moves")
                    .hasAuthority(ApiScope.ASKS_WRITE.authority());
            routes.anyRequest().denyAll();
        });
        return http.build();
    }

    /** Open to visitors; a request with a token needs the token to hold {@code scope}. */
    private static AuthorizationManager<RequestAuthorizationContext> openOr(ApiScope scope) {
        return (authentication, context) -> {
            Authentication a = authentication.get();
            boolean token = a != null
                    && a.getAuthorities().stream()
                            .anyMatch(g -> g.getAuthority().startsWith("SCOPE_"));
            return new AuthorizationDecision(!token
                    || a.getAuthorities().stream()
                            .anyMatch(g -> g.getAuthority().equals(scope.authority())));
        };
    }

    /** Seat data answers {@code 304 Not Modified} to a client that holds the same version. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> seatDataEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(
                "/api/v1/seats",
                "/api/v1/seats/*",
                "/api/v1/sets",
                "/api/v1/sets/*",
                "/api/v1/polls",
                "/api/v1/polls/*");
        return registration;
    }
}
