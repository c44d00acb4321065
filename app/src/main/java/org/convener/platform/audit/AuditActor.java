package org.convener.platform.audit;

import java.util.function.Supplier;

/**
 * Who acts when nobody is signed in: the command line, the demo loader, the retention job. Web
 * requests take the signed-in user instead.
 */
public final class AuditActor {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private AuditActor() {}

    public static <T> T as(String actor, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void as(String actor, Runnable work) {
        as(actor, () -> {
            work.run();
            return null;
        });
    }

    /** Who acts now: the signed-in user's email, or else the named actor. */
    public static String who() {
        return org.convener.platform.CurrentUser.get()
                .map(org.convener.platform.CurrentUser::email)
                .orElseGet(AuditActor::current);
    }

    /** Who acts now outside a web request: the command line, the demo loader, a scheduled job; "system" if unnamed. */
    public static String current() {
        String actor = CURRENT.get();
        return actor == null ? "system" : actor;
    }
}
