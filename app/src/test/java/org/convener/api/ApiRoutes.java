package org.convener.api;

import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.springframework.context.ApplicationContext;

/**
 * The API: seat intelligence open to visitors (and to tokens holding the seats scope); asks by
 * token only, within the owner's role. Reached with each visitor's personal token, never a session.
 */
public class ApiRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        table.api("GET", "/api/v1/seats", "/api/v1/seats?winner=Lab&limit=5", null, 200, 200, 200, 200, 200);
        table.api("GET", "/api/v1/seats/{code}", "/api/v1/seats/E14001079", null, 200, 200, 200, 200, 200);
        table.api("GET", "/api/v1/sets", "/api/v1/sets", null, 200, 200, 200, 200, 200);
        table.api("GET", "/api/v1/sets/{name}", "/api/v1/sets/redwall", null, 200, 200, 200, 200, 200);
        table.api("GET", "/api/v1/polls", "/api/v1/polls?limit=3", null, 200, 200, 200, 200, 200);
        table.api("GET", "/api/v1/polls/average", "/api/v1/polls/average", null, 200, 200, 200, 200, 200);
        table.api(
                "GET",
                "/api/v1/sweeps",
                "/api/v1/sweeps?set=redwall&from=20&to=30&step=5",
                null,
                200,
                200,
                200,
                200,
                200);
        // refused by validation for everyone who gets past the access rules, so nothing is simulated here
        table.api(
                "POST",
                "/api/v1/projections",
                "/api/v1/projections",
                "{\"shares\":{\"XYZ\":30}}",
                400,
                400,
                400,
                400,
                400);

        long caucus = beans.getBean(Caucuses.class)
                .find(org.convener.demo.Demo.RED_WALL)
                .orElseThrow()
                .id();
        var ask = beans.getBean(Asks.class).of(java.util.Set.of(caucus), null).get(0);
        table.api("GET", "/api/v1/asks", "/api/v1/asks", null, 401, 200, 200, 200, 200);
        // the member and the organiser are in Derby's local group, not the caucus
        table.api("GET", "/api/v1/asks/{id}", "/api/v1/asks/" + ask.id(), null, 401, 404, 404, 200, 200);
        // a move to the status it already has: past the access rules, refused by the lifecycle
        table.api(
                "POST",
                "/api/v1/asks/{id}/moves",
                "/api/v1/asks/" + ask.id() + "/moves",
                "{\"to\":\"" + ask.status().name() + "\",\"reason\":\"route table\"}",
                401,
                404,
                404,
                409,
                409);

        table.api("GET", "/api/v1/people", "/api/v1/people?limit=5", null, 401, 200, 200, 200, 200);
        long mp = beans.getBean(org.convener.people.People.class).mps().get(0).id();
        table.api("GET", "/api/v1/people/{id}", "/api/v1/people/" + mp, null, 401, 200, 200, 200, 200);

        table.api("GET", "/api/v1/groups", "/api/v1/groups", null, 401, 200, 200, 200, 200);
        // a caucus: its members, those who run it and administrators; not a local group's organiser
        table.api(
                "GET",
                "/api/v1/groups/{slug}",
                "/api/v1/groups/" + org.convener.demo.Demo.RED_WALL,
                null,
                401,
                404,
                404,
                200,
                200);
        table.api("GET", "/api/v1/vacancies", "/api/v1/vacancies", null, 401, 200, 200, 200, 200);

        // the interactive page is springdoc's Swagger UI, to which /api/docs sends the browser
        table.reading("/api/docs", "/api/docs", 302, 302, 302, 302, 302);
        for (String path : java.util.List.of(
                "/api/docs/openapi.json", "/api/docs/openapi.json.yaml", "/api/docs/openapi.json/swagger-config")) {
            table.reading(path, path, 200, 200, 200, 200, 200);
        }
    }
}
