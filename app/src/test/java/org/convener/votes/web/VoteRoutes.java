package org.convener.votes.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.demo.Demo;
import org.convener.people.People;
import org.springframework.context.ApplicationContext;

/**
 * Divisions and parties' cohesion are public; a caucus's votes follow the caucus page (its members,
 * those who run it, administrators); an MP's record follows the person page; officers and
 * administrators mark free votes.
 */
public class VoteRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        People people = beans.getBean(People.class);
        long mp = people.findMp(5105).orElseThrow().id(); // Jo White, MP for Bassetlaw
        long activist =
                people.findByEmail("tom.brennan@example.org").orElseThrow().id();

        table.reading("/divisions", "/divisions", 200, 200, 200, 200, 200);
        table.reading("/divisions", "/divisions?q=two-child&page=2", 200, 200, 200, 200, 200);
        table.reading("/divisions/{id}", "/divisions/1829", 200, 200, 200, 200, 200);
        table.reading("/divisions/{id}", "/divisions/1829?caucus=" + Demo.RED_WALL, 400, 400, 400, 200, 200);
        table.reading("/divisions/{id}", "/divisions/99", 404, 404, 404, 404, 404);
        table.reading("/divisions/cohesion", "/divisions/cohesion?party=Con", 200, 200, 200, 200, 200);
        table.reading("/divisions/cohesion", "/divisions/cohesion?set=redwall", 200, 200, 200, 200, 200);
        // a caucus's seats say who its members are
        table.reading(
                "/divisions/cohesion", "/divisions/cohesion?set=caucus-" + Demo.RED_WALL, 404, 404, 404, 200, 200);
        // already marked by the demonstration, so the change is refused after the access check
        table.writing(
                "/divisions/{id}/free-vote",
                "/divisions/1877/free-vote",
                Map.of("free", "true"),
                LOGIN,
                403,
                403,
                302,
                302);
        table.reading("/groups/{slug}/votes", "/groups/" + Demo.RED_WALL + "/votes", LOGIN, 403, 403, 200, 200);
        table.reading("/groups/{slug}/votes", "/groups/" + Demo.DERBY + "/votes", LOGIN, 404, 404, 404, 404);
        table.reading("/people/{id}/votes", "/people/" + mp + "/votes", LOGIN, 200, 200, 200, 200);
        table.reading("/people/{id}/votes", "/people/" + activist + "/votes", LOGIN, 403, 404, 403, 404);
    }
}
