package org.convener.people.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import java.util.Set;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.demo.Demo;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.audit.AuditActor;
import org.springframework.context.ApplicationContext;

/** A person's account and email card, for those who see their contact details; inviting, for administrators and officers. */
public class PersonMailRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        People people = beans.getBean(People.class);
        Groups groups = beans.getBean(Groups.class);
        Person tom = people.findByEmail("tom.brennan@example.org").orElseThrow();
        // someone the organiser runs, without an address: an invitation to them is refused, changing nothing
        Person unreachable = AuditActor.as("test", () -> {
            Person p = people.create(
                    new PersonDraft("Una Reachable", PersonKind.ACTIVIST, null, null, null, null, null, Set.of()));
            groups.join(groups.find(Demo.DERBY).orElseThrow().id(), p.id(), Role.MEMBER, groups.today());
            return p;
        });

        table.reading("/people/{id}/email", "/people/" + tom.id() + "/email", LOGIN, 403, 200, 403, 200);
        table.writing(
                "/people/{id}/invite", "/people/" + unreachable.id() + "/invite", Map.of(), LOGIN, 403, 403, 403, 302);
    }
}
