package org.convener.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens kept in the session of a signed-in user, and in a cookie for a visitor, who has no
 * session: reading a page must never make the server keep anything for an anonymous visitor.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies;

    SessionOrCookieCsrfTokens(boolean secure) {
        cookies = new CookieCsrfTokenRepository();
        cookies.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).secure(secure).sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            sessions.saveToken(null, request, response);
            cookies.saveToken(null, request, response);
        } else if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            CsrfToken token = sessions.loadToken(request);
            if (token != null) {
                return token;
            }
        }
        return cookies.loadToken(request);
    }
}
