package org.convener.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import org.convener.platform.audit.AuditActor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bearer tokens for the API: a request carrying {@code Authorization: Bearer cvn_…} acts as the
 * token's owner with the owner's roles as they hold now, limited to the token's scopes; nothing is
 * kept between requests. Every request, with a token or without, counts against the rate limits.
 */
@Component
public class ApiAuthentication {

    private final ApiTokens tokens;
    private final SignedInUsers users;
    private final ApiRateLimits limits;

    ApiAuthentication(ApiTokens tokens, SignedInUsers users, ApiRateLimits limits) {
        this.tokens = tokens;
        this.users = users;
        this.limits = limits;
    }

    /** Adds the token filter to the API's own (stateless) security chain. */
    public void install(HttpSecurity http) {
        http.addFilterBefore(new Filter(), AnonymousAuthenticationFilter.class);
    }

    /** A request made with a token: its owner, and the scopes the token grants. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final SignedInUser user;

        TokenAuthentication(SignedInUser user, ApiToken token) {
            super(authorities(user, token));
            this.user = user;
            setDetails(new AuditActor.Via(token.name()));
            setAuthenticated(true);
        }

        private static ArrayList<GrantedAuthority> authorities(SignedInUser user, ApiToken token) {
            var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
            token.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
            return authorities;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }

    private final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            Long tokenId = null;
            if (header != null) {
                if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    refuse(response, "the Authorization header must be \"Bearer\" and a personal API token");
                    return;
                }
                var token = tokens.use(header.substring(7).trim());
                var owner = token.flatMap(t -> users.reload(t.accountId())).filter(SignedInUser::isEnabled);
                if (owner.isEmpty()) {
                    refuse(response, "the token is unknown, expired or revoked");
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new TokenAuthentication(owner.get(), token.get()));
                SecurityContextHolder.setContext(context);
                tokenId = token.get().id();
            }
            Duration wait = limits.count(request.getRemoteAddr(), tokenId);
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                response.setHeader("Retry-After", Long.toString(seconds));
                problem(response, 429, "Too Many Requests", "too many requests: try again in " + seconds + " s");
                return;
            }
            chain.doFilter(request, response);
        }

        private void refuse(HttpServletResponse response, String detail) throws IOException {
            response.setHeader("WWW-Authenticate", "Bearer");
            problem(response, 401, "Unauthorized", detail);
        }
    }

    /** Writes an RFC 9457 problem. */
    public static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
