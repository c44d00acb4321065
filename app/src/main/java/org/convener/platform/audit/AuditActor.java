package org.convener.platform.audit;

import java.util.function.Supplier;

/**
 * Who acts: the signed-in account, or when nobody is signed in the command line, the demo loader,
 * the retention job. What is stored names the account ("account 12"), never its email, so that
 * erasing a person (which replaces their account's email) leaves no record naming them; the
 * database refuses anything else in every column that says who did something.
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

    /** Who acts now: the signed-in user's account, or else the named actor. */
    public static String who() {
        return org.convener.platform.CurrentUser.get()
                .map(u -> account(u.accountId()))
                .orElseGet(AuditActor::current);
    }

    /** How an account is named wherever an action is recorded. */
    public static String account(long accountId) {
        return "account " + accountId;
    }

    /** The account an actor names, if it names one. */
    public static java.util.Optional<Long> accountOf(String actor) {
        if (actor == null || !actor.matches("account [0-9]+")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(actor.substring("account ".length())));
    }

    /** How an action came: through the API with a named personal token. */
    public record Via(String tokenName) {}

    /** The personal API token the current request came with, if any. */
    public static java.util.Optional<String> token() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getDetails() instanceof Via via
                ? java.util.Optional.of(via.tokenName())
                : java.util.Optional.empty();
    }

    /** Who acts now outside a web request: the command line, the demo loader, a scheduled job; "system" if unnamed. */
    public static String current() {
        String actor = CURRENT.get();
        return actor == null ? "system" : actor;
    }
}
