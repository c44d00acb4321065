package org.convener.messages.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.messages.Audience;
import org.convener.messages.GroupMessage;
import org.convener.messages.GroupMessages;
import org.convener.platform.CurrentUser;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.springframework.context.ApplicationContext;

/**
 * Messages to a group: only those who run it (its organisers, and administrators) reach them; a
 * member and another group's officer are refused. Writes are chosen to be refused by validation,
 * or aimed at another group's message, so nothing is sent.
 */
public class MessageRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        Groups groups = beans.getBean(Groups.class);
        GroupMessages messages = beans.getBean(GroupMessages.class);
        var organiser =
                beans.getBean(Accounts.class).find("organiser@example.org").orElseThrow();
        var doncasterOrganiser =
                beans.getBean(Accounts.class).find("doncaster@example.org").orElseThrow();
        Group derby = groups.find(Demo.DERBY).orElseThrow();
        Group doncaster = groups.find(Demo.DONCASTER).orElseThrow();
        GroupMessage draft = AuditActor.as(
                "test",
                () -> messages.draft(
                        derby.id(),
                        "Route test",
                        "Hello.",
                        Audience.EVERYONE,
                        new CurrentUser(organiser.id(), organiser.email(), organiser.personId(), java.util.Set.of())));
        GroupMessage elsewhere = AuditActor.as(
                "test",
                () -> messages.draft(
                        doncaster.id(),
                        "Route test elsewhere",
                        "Hello.",
                        Audience.EVERYONE,
                        new CurrentUser(
                                doncasterOrganiser.id(),
                                doncasterOrganiser.email(),
                                doncasterOrganiser.personId(),
                                java.util.Set.of())));
        String d = "/groups/" + Demo.DERBY + "/messages";
        String m = d + "/" + draft.id();
        // another group's message, asked for through this group: not found for those who may write here
        String other = d + "/" + elsewhere.id();

        table.reading("/groups/{slug}/messages", d, LOGIN, 403, 200, 403, 200);
        table.reading("/groups/{slug}/messages/new", d + "/new", LOGIN, 403, 200, 403, 200);
        table.reading("/groups/{slug}/messages/reach", d + "/reach?role=MEMBER", LOGIN, 403, 200, 403, 200);
        table.writing("/groups/{slug}/messages", d, Map.of("subject", "", "body", ""), LOGIN, 403, 200, 403, 200);
        table.reading("/groups/{slug}/messages/{id}", m, LOGIN, 403, 200, 403, 200);
        table.reading(
                "/groups/{slug}/messages/{id}",
                "/groups/" + Demo.DONCASTER + "/messages/" + elsewhere.id(),
                LOGIN,
                403,
                403,
                403,
                200);
        table.reading("/groups/{slug}/messages/{id}/edit", m + "/edit", LOGIN, 403, 200, 403, 200);
        table.writing("/groups/{slug}/messages/{id}", m, Map.of("subject", "", "body", ""), LOGIN, 403, 200, 403, 200);
        table.writing("/groups/{slug}/messages/{id}/test", other + "/test", Map.of(), LOGIN, 403, 404, 403, 404);
        table.writing(
                "/groups/{slug}/messages/{id}/send", m + "/send", Map.of("expected", "-1"), LOGIN, 403, 302, 403, 302);
        table.writing(
                "/groups/{slug}/messages/{id}/schedule",
                m + "/schedule",
                Map.of("at", "not a time"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/groups/{slug}/messages/{id}/unschedule", m + "/unschedule", Map.of(), LOGIN, 403, 302, 403, 302);
        table.writing("/groups/{slug}/messages/{id}/discard", other + "/discard", Map.of(), LOGIN, 403, 404, 403, 404);
    }
}
