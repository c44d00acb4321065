package org.convener.platform.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.springframework.context.ApplicationContext;

/** Signing in, one's own account, and administration. */
public class PlatformRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        Accounts accounts = beans.getBean(Accounts.class);
        long spare = accounts.find("spare@example.org")
                .orElseGet(() -> AuditActor.as("test", () -> accounts.create("spare@example.org", null, false))
                        .account())
                .id();

        table.add("* /error", "GET", "/error", Map.of(), 500, 500, 500, 500, 500);

        table.reading("/login", "/login", 200, 302, 302, 302, 302);
        table.reading("/home", "/home", LOGIN, 200, 200, 200, 200);
        table.reading("/account", "/account", LOGIN, 200, 200, 200, 200);
        table.reading("/account/password", "/account/password", LOGIN, 200, 200, 200, 200);
        table.writing(
                "/account/password",
                "/account/password",
                Map.of(
                        "current",
                        "not my password",
                        "chosen",
                        "a new long password",
                        "repeated",
                        "a new long password"),
                LOGIN,
                200,
                200,
                200,
                200);

        table.reading("/admin/accounts", "/admin/accounts", LOGIN, 403, 403, 403, 200);
        table.reading("/admin/audit", "/admin/audit", LOGIN, 403, 403, 403, 200);
        table.reading("/admin/retention", "/admin/retention", LOGIN, 403, 403, 403, 200);
        table.writing("/admin/accounts", "/admin/accounts", Map.of("email", "not an email"), LOGIN, 403, 403, 403, 302);
        table.writing(
                "/admin/accounts/{id}/reset",
                "/admin/accounts/" + spare + "/reset",
                Map.of(),
                LOGIN,
                403,
                403,
                403,
                302);
        table.writing(
                "/admin/accounts/{id}/unlock",
                "/admin/accounts/" + spare + "/unlock",
                Map.of(),
                LOGIN,
                403,
                403,
                403,
                302);
        table.writing(
                "/admin/accounts/{id}/enabled",
                "/admin/accounts/" + spare + "/enabled",
                Map.of("enabled", "true"),
                LOGIN,
                403,
                403,
                403,
                302);
        table.writing("/admin/retention", "/admin/retention", Map.of(), LOGIN, 403, 403, 403, 302);
    }
}
