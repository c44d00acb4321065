package org.convener.polls.web;

import java.util.List;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.demo.Demo;
import org.springframework.context.ApplicationContext;

/** Polls, projections and the public seat sets are public; a caucus's seat set is not. */
public class PollRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        for (String path : List.of("/polls", "/projection", "/sets")) {
            table.reading(path, path, 200, 200, 200, 200, 200);
        }
        table.reading("/projection/seats/{code}", "/projection/seats/E14001079", 200, 200, 200, 200, 200);
        table.reading("/sets/{name}", "/sets/redwall", 200, 200, 200, 200, 200);
        // keeping the polls current: officers and administrators
        table.reading("/polls/manage", "/polls/manage", org.convener.RouteTable.LOGIN, 403, 403, 200, 200);
        table.reading("/polls/manage/{id}", "/polls/manage/999999", org.convener.RouteTable.LOGIN, 403, 403, 404, 404);
        table.writing(
                "/polls/manage",
                "/polls/manage",
                java.util.Map.of("pollster", ""),
                org.convener.RouteTable.LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/polls/manage/{id}",
                "/polls/manage/999999",
                java.util.Map.of("reason", "typo"),
                org.convener.RouteTable.LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/polls/manage/{id}/withdraw",
                "/polls/manage/999999/withdraw",
                java.util.Map.of("reason", "typo"),
                org.convener.RouteTable.LOGIN,
                403,
                403,
                302,
                302);
        table.add(
                "POST /polls/manage/upload",
                "UPLOAD",
                "/polls/manage/upload",
                java.util.Map.of(),
                org.convener.RouteTable.LOGIN,
                403,
                403,
                302,
                302);
        // a caucus's seats say who its members are
        table.reading("/sets/{name}", "/sets/caucus-" + Demo.RED_WALL, 404, 404, 404, 200, 200);
    }
}
