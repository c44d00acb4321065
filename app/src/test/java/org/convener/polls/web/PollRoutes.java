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
        // a caucus's seats say who its members are
        table.reading("/sets/{name}", "/sets/caucus-" + Demo.RED_WALL, 404, 404, 404, 200, 200);
    }
}
