package org.convener.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refreshes the signed-in user's roles on every request, so that a new role, a lost one or a
 * disabled account takes effect at once; ends a session begun before the account's password was
 * changed or reset; and sends a user who must change a one-time password to do so before anything
 * else.
 */
class CurrentRoles extends OncePerRequestFilter {

    private static final Set<String> OPEN_WHILE_CHANGING = Set.of("/account/password", "/logout", "/error");

    private final SignedInUsers users;

    CurrentRoles(SignedInUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
            var current = users.reload(signedIn.user().accountId());
            if (current.isEmpty()
                    || !current.get().isEnabled()
                    || !SessionEpochs.current(request, current.get().sessionEpoch())) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                var fresh = UsernamePasswordAuthenticationToken.authenticated(
                        current.get(), null, current.get().getAuthorities());
                fresh.setDetails(authentication.getDetails());
                SecurityContextHolder.getContext().setAuthentication(fresh);
                if (current.get().mustChangePassword() && !allowedWhileChanging(request)) {
                    response.sendRedirect(request.getContextPath() + "/account/password");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedWhileChanging(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_WHILE_CHANGING.contains(path)
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.equals("/favicon.svg");
    }
}
