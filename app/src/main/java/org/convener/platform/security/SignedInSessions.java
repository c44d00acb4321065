package org.convener.platform.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.convener.platform.accounts.AccountClosed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The server's live sessions (in the database, or the servlet container's), so that an account disabled or erased is signed out everywhere at
 * once, and its session (which holds the account's email) does not linger until it times out.
 */
@Component
class SignedInSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

    /** The sessions kept in the database, when they are (the servlet container's otherwise). */
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> stored;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> stored) {
        this.stored = stored;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession().getId());
    }

    /** Signing in gives the session a new id (against session fixation). */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldId) {
        live.remove(oldId);
        live.put(event.getSession().getId(), event.getSession());
    }

    /** Ends every session signed in with the account, once the change that closed it is committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AccountClosed closed) {
        // the request that closed it (an administrator erasing their own record, say) still has a
        // response to write; its session ends at its next request, when the account is found closed
        String current = currentSessionId();
        stored.ifAvailable(repository ->
                repository.findByPrincipalName(SessionStore.principal(closed.accountId())).keySet().stream()
                        .filter(id -> !id.equals(current))
                        .forEach(repository::deleteById));
        live.values().removeIf(session -> {
            try {
                if (!session.getId().equals(current)
                        && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                instanceof SecurityContext context
                        && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal() instanceof SignedInUser user
                        && user.user().accountId() == closed.accountId()) {
                    session.invalidate();
                    return true;
                }
                return false;
            } catch (IllegalStateException alreadyInvalid) {
                return true;
            }
        });
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            var session = request.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    /** Whether the server holds a session by this id. */
    boolean live(String id) {
        var repository = stored.getIfAvailable();
        return repository != null ? repository.findById(id) != null : live.containsKey(id);
    }
}
