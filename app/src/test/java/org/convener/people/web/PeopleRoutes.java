package org.convener.people.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.people.People;
import org.convener.people.Person;
import org.springframework.context.ApplicationContext;

/** People: contact details only for those who manage the person, exports only for administrators and the person. */
public class PeopleRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        People people = beans.getBean(People.class);
        Person tom = people.findByEmail("tom.brennan@example.org").orElseThrow();
        long mp =
                people.findByNameAndConstituency("Jo White", "E14001079").get(0).id();

        table.reading("/people", "/people", LOGIN, 200, 200, 200, 200);
        table.reading("/people/new", "/people/new", LOGIN, 403, 200, 200, 200);
        table.reading("/people/suggest", "/people/suggest?name=Jo", LOGIN, 200, 200, 200, 200);
        table.writing("/people", "/people", Map.of("fullName", ""), LOGIN, 403, 302, 302, 302);
        table.reading("/people/{id}", "/people/" + tom.id(), LOGIN, 403, 200, 403, 200);
        table.reading("/people/{id}", "/people/" + mp, LOGIN, 200, 200, 200, 200);
        table.reading("/people/{id}/edit", "/people/" + tom.id() + "/edit", LOGIN, 403, 200, 403, 200);
        table.reading("/people/{id}/groups", "/people/" + tom.id() + "/groups", LOGIN, 403, 200, 403, 200);
        table.reading("/people/{id}/export", "/people/" + tom.id() + "/export", LOGIN, 403, 403, 403, 200);
        table.writing(
                "/people/{id}",
                "/people/" + tom.id(),
                Map.of("fullName", "Tom Brennan", "email", "not an email"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/people/{id}/consent",
                "/people/" + tom.id() + "/consent",
                Map.of("channel", "EMAIL", "granted", "true", "method", ""),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing("/people/{id}/erase", "/people/" + tom.id() + "/erase", Map.of(), LOGIN, 403, 403, 403, 302);
    }
}
