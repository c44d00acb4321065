package org.convener.seats.web;

import java.util.List;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.springframework.context.ApplicationContext;

/** The seat intelligence is public. */
public class SeatRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        for (String path :
                List.of("/", "/seats", "/seats.csv", "/seats/runner-up", "/map", "/sources", "/css/parties.css")) {
            table.reading(path, path, 200, 200, 200, 200, 200);
        }
        table.reading("/seats/{code}", "/seats/E14001079", 200, 200, 200, 200, 200);
        table.reading("/seats/find", "/seats/find?name=Bassetlaw", 302, 302, 302, 302, 302);
        table.reading("/seats/suggest", "/seats/suggest?name=bass", 200, 200, 200, 200, 200);
    }
}
