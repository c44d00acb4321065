package org.convener.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which epoch of its account a session belongs to. A password change, a reset or disabling the
 * account moves the account's epoch on, which ends every session of the earlier one, on every
 * instance, whatever keeps the sessions.
 */
public final class SessionEpochs {

    static final String ATTRIBUTE = "convener.session-epoch";

    private SessionEpochs() {}

    /** Keeps this request's session in the account's new epoch (the session that changed the password). */
    public static void stamp(HttpServletRequest request, int epoch) {
        request.getSession(true).setAttribute(ATTRIBUTE, epoch);
    }

    /** Whether the request's session belongs to {@code epoch}. */
    static boolean current(HttpServletRequest request, int epoch) {
        var session = request.getSession(false);
        return session != null && Integer.valueOf(epoch).equals(session.getAttribute(ATTRIBUTE));
    }
}
