package org.convener.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.platform.accounts.Account;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sign-in form's outcomes: attempts delayed by the {@link SignInThrottle}, every success and
 * failure audited with the client's address, the client remembered for its account, and the new
 * session stamped with the account's session epoch. No session is made for a failure.
 */
@Component
public class SignIns {

    private final SignInThrottle throttle;
    private final Accounts accounts;
    private final AuditLog audit;
    private final boolean secureCookies;

    SignIns(
            SignInThrottle throttle,
            Accounts accounts,
            AuditLog audit,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
        this.secureCookies = secureCookies;
    }

    /** Refuses, before any password is checked, an attempt that must still wait. */
    OncePerRequestFilter throttleFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod())
                        && "/login"
                                .equals(request.getRequestURI()
                                        .substring(request.getContextPath().length())));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Duration wait = throttle.waitFor(attempt(request));
                if (wait.isZero() || wait.isNegative()) {
                    chain.doFilter(request, response);
                    return;
                }
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + "/login")
                        .queryParam("wait", seconds)
                        .queryParam("email", emailOf(request))
                        .encode()
                        .build()
                        .toUriString());
            }
        };
    }

    /** After a right password: the throttle, the device cookie, the session's epoch, the audit log. */
    AuthenticationSuccessHandler successHandler(RequestCache requestCache) {
        var next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/account");
        next.setRequestCache(requestCache);
        return (request, response, authentication) -> {
            SignedInUser user = (SignedInUser) authentication.getPrincipal();
            long accountId = user.user().accountId();
            var attempt = attempt(request);
            String token = throttle.succeeded(attempt, accountId, DeviceCookie.read(request));
            DeviceCookie.write(request, response, token, secureCookies);
            SessionEpochs.stamp(request, user.sessionEpoch());
            accounts.recordSignIn(accountId);
            Account account = accounts.find(accountId).orElseThrow();
            audit.record("signed in", "account", accountId, subject(account), null, values(request, null));
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** After a wrong password (or a disabled account): counted, audited, and back to the form. */
    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            var attempt = attempt(request);
            throttle.failed(attempt);
            var account = accounts.find(emailOf(request));
            AuditActor.as("sign in form", () -> {
                if (account.isPresent()) {
                    audit.record(
                            "sign-in failed",
                            "account",
                            account.get().id(),
                            subject(account.get()),
                            null,
                            values(request, reason(exception)));
                } else {
                    // the address typed is not kept: it may be anyone's, and the log is never erased
                    audit.record(
                            "sign-in failed",
                            "sign-in",
                            "no such account",
                            null,
                            null,
                            values(request, "no account has that email"));
                }
            });
            response.sendRedirect(request.getContextPath() + "/login?failed");
        };
    }

    private SignInThrottle.Attempt attempt(HttpServletRequest request) {
        String email = emailOf(request);
        return throttle.attempt(
                request.getRemoteAddr(), email, accounts.find(email).map(Account::id), DeviceCookie.read(request));
    }

    private static String emailOf(HttpServletRequest request) {
        String email = request.getParameter("email");
        return email == null ? "" : email.trim();
    }

    private static Map<String, Object> values(HttpServletRequest request, String reason) {
        var values = new LinkedHashMap<String, Object>();
        values.put("address", request.getRemoteAddr());
        if (reason != null) {
            values.put("reason", reason);
        }
        return values;
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof DisabledException) {
            return "the account is disabled";
        }
        if (exception instanceof LockedException) {
            return "the account is locked";
        }
        if (exception instanceof BadCredentialsException) {
            return "wrong password";
        }
        return "the password could not be checked";
    }

    private static String subject(Account account) {
        return account.personId() == null ? null : AuditLog.person(account.personId());
    }
}
