package org.convener.engagements.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.convener.DemoData;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.demo.Demo;
import org.convener.engagements.AskStatus;
import org.convener.engagements.Asks;
import org.convener.engagements.CalendarFeeds;
import org.convener.engagements.Engagements;
import org.convener.engagements.Stakeholders;
import org.convener.engagements.Topics;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.springframework.context.ApplicationContext;

/**
 * Stakeholders, engagements, asks, topics and calendar feeds: the demo's member and organiser
 * belong to no caucus, so they see lists but no caucus's work; the convener runs the Red Wall
 * Caucus's.
 */
public class EngagementRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        Groups groups = beans.getBean(Groups.class);
        Engagements engagements = beans.getBean(Engagements.class);
        Asks asks = beans.getBean(Asks.class);
        Stakeholders stakeholders = beans.getBean(Stakeholders.class);
        Topics topics = beans.getBean(Topics.class);
        CalendarFeeds calendars = beans.getBean(CalendarFeeds.class);
        Accounts accounts = beans.getBean(Accounts.class);

        Group redWall = groups.find(Demo.RED_WALL).orElseThrow();
        var seen = Set.of(redWall.id());
        var meeting = engagements.of(seen).stream()
                .filter(e -> e.title().equals("Meeting with the Leader of the House"))
                .findFirst()
                .orElseThrow();
        var doneFollowUp = beans.getBean(org.convener.engagements.FollowUps.class).of(meeting.id()).stream()
                .filter(f -> f.done())
                .findFirst()
                .orElseThrow();
        var dropped = asks.of(seen, null).stream()
                .filter(a -> a.status() == AskStatus.DROPPED)
                .findFirst()
                .orElseThrow();
        var stakeholder = stakeholders.all().stream()
                .filter(s -> s.person().fullName().equals("David Okoro"))
                .findFirst()
                .orElseThrow();
        long position = stakeholder.positions().get(0).id();
        long topic = AuditActor.as("test", () -> topics.add("Route test topic " + UUID.randomUUID()))
                .id();
        long adminAccount = accounts.find(DemoData.ADMIN).orElseThrow().id();
        String token = AuditActor.as("test", () -> calendars.issue(adminAccount));
        String e = "/engagements/" + meeting.id();
        String s = "/stakeholders/" + stakeholder.person().id();

        table.reading("/stakeholders", "/stakeholders", LOGIN, 200, 200, 200, 200);
        table.reading("/stakeholders/{id}", s, LOGIN, 200, 200, 200, 200);
        table.writing(
                "/stakeholders",
                "/stakeholders",
                Map.of("fullName", "", "category", "MINISTER", "organisation", "x", "role", "y"),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/stakeholders/{id}/positions",
                s + "/positions",
                Map.of("category", "MINISTER", "organisation", "", "role", ""),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/stakeholders/{id}/positions/{positionId}/end",
                s + "/positions/" + position + "/end",
                Map.of("on", "not a date"),
                LOGIN,
                403,
                403,
                302,
                302);
        // passing a stakeholder on to a caucus that keeps them already is refused, after the access check
        table.writing(
                "/stakeholders/{id}/keepers",
                s + "/keepers",
                Map.of("caucusId", String.valueOf(redWall.id())),
                LOGIN,
                403,
                403,
                302,
                302);

        table.reading("/engagements", "/engagements", LOGIN, 200, 200, 200, 200);
        table.reading("/engagements/new", "/engagements/new", LOGIN, 403, 403, 200, 200);
        table.reading("/engagements/{id}", e, LOGIN, 403, 403, 200, 200);
        table.writing(
                "/engagements",
                "/engagements",
                Map.of(
                        "caucusId",
                        String.valueOf(redWall.id()),
                        "kind",
                        "MEETING",
                        "title",
                        "",
                        "startsAt",
                        "2026-01-01T10:00"),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/engagements/{id}/notes", e + "/notes", Map.of("notes", "x".repeat(20001)), LOGIN, 403, 403, 302, 302);
        table.writing(
                "/engagements/{id}/asks",
                e + "/asks",
                Map.of("askId", String.valueOf(meeting.askIds().get(0))),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/engagements/{id}/commitments", e + "/commitments", Map.of("wording", ""), LOGIN, 403, 403, 302, 302);
        table.writing(
                "/engagements/{id}/follow-ups",
                e + "/follow-ups",
                Map.of("action", "", "ownerId", String.valueOf(doneFollowUp.ownerId()), "dueOn", "2026-01-01"),
                LOGIN,
                403,
                403,
                302,
                302);
        table.reading("/follow-ups", "/follow-ups", LOGIN, 200, 200, 200, 200);
        table.writing(
                "/follow-ups/{id}/done",
                "/follow-ups/" + doneFollowUp.id() + "/done",
                Map.of(),
                LOGIN,
                403,
                403,
                302,
                302);

        table.reading("/asks", "/asks", LOGIN, 200, 200, 200, 200);
        table.reading("/asks/{id}", "/asks/" + dropped.id(), LOGIN, 403, 403, 200, 200);
        table.writing(
                "/asks",
                "/asks",
                Map.of(
                        "caucusId",
                        String.valueOf(redWall.id()),
                        "topicId",
                        String.valueOf(topic),
                        "title",
                        "",
                        "wording",
                        ""),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/asks/{id}/status",
                "/asks/" + dropped.id() + "/status",
                Map.of("to", "RAISED", "reason", "again"),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/asks/{id}/evidence",
                "/asks/" + dropped.id() + "/evidence",
                Map.of("kind", "SEAT", "target", "nowhere"),
                LOGIN,
                403,
                403,
                302,
                302);
        table.reading("/topics", "/topics", LOGIN, 200, 200, 200, 200);
        table.writing("/topics", "/topics", Map.of("name", ""), LOGIN, 403, 403, 302, 302);
        table.writing("/topics/{id}/retire", "/topics/" + topic + "/retire", Map.of(), LOGIN, 403, 403, 302, 302);

        // the feed is reached by its secret alone, so every visitor gets it; it is read before the account's address is
        // replaced below
        table.reading("/calendar/{token}.ics", "/calendar/" + token + ".ics", 200, 200, 200, 200, 200);
        table.reading("/calendar/{token}.ics", "/calendar/no-such-secret.ics", 404, 404, 404, 404, 404);
        table.reading("/account/calendar", "/account/calendar", LOGIN, 200, 200, 200, 200);
        table.writing("/account/calendar", "/account/calendar", Map.of(), LOGIN, 302, 302, 302, 302);
        table.writing("/account/calendar/revoke", "/account/calendar/revoke", Map.of(), LOGIN, 302, 302, 302, 302);
    }
}
