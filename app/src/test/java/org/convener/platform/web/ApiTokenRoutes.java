package org.convener.platform.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.springframework.context.ApplicationContext;

/** Each signed-in user's own API tokens; a write chosen to be refused by validation. */
public class ApiTokenRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        table.reading("/account/tokens", "/account/tokens", LOGIN, 200, 200, 200, 200);
        // no name and no scope: the page again, saying what is missing
        table.writing("/account/tokens", "/account/tokens", Map.of("expires", "2030-01-01"), LOGIN, 200, 200, 200, 200);
        // no such token of theirs: back to the list, saying so
        table.writing(
                "/account/tokens/{id}/revoke", "/account/tokens/999999999/revoke", Map.of(), LOGIN, 302, 302, 302, 302);
    }
}
