package org.convener.ballots.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.ballots.Contest;
import org.convener.ballots.ContestKind;
import org.convener.ballots.Contests;
import org.convener.ballots.Hustings;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.springframework.context.ApplicationContext;

/**
 * Ballots: a group's members and those who run it see its contests; members of the electorate
 * vote; those who run the group set contests and hustings up; nothing of a count is served
 * before the close, to anyone. The member and organiser are in Derby, the officer in the Red
 * Wall Caucus.
 */
public class BallotRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        Groups groups = beans.getBean(Groups.class);
        Contests contests = beans.getBean(Contests.class);
        Hustings hustings = beans.getBean(Hustings.class);
        Group redWall = groups.find(Demo.RED_WALL).orElseThrow();
        Group derby = groups.find(Demo.DERBY).orElseThrow();
        Contest deputy = contests.of(redWall.id()).stream()
                .filter(c -> c.kind() == ContestKind.ENDORSEMENT && c.illustrative())
                .findFirst()
                .orElseThrow();
        Contest secretary = contests.of(derby.id()).stream()
                .filter(c -> c.illustrative())
                .findFirst()
                .orElseThrow();
        long nomination = contests.nominations(secretary.id()).get(0).id();
        long question = hustings.of(deputy).orElseThrow().questions().get(0).id();
        String d = "/ballots/" + deputy.id();
        String s = "/ballots/" + secretary.id();

        table.reading("/ballots", "/ballots", LOGIN, 200, 200, 200, 200);
        table.reading("/ballots/{id}", d, LOGIN, 403, 403, 200, 200);
        table.reading("/ballots/{id}", s, LOGIN, 200, 200, 403, 200);
        table.reading("/ballots/{id}/turnout", s + "/turnout", LOGIN, 200, 200, 403, 200);
        // the count is published after the close, and not a moment before: not even to those who run the group
        table.reading("/ballots/{id}/ballots.blt", d + "/ballots.blt", LOGIN, 403, 403, 200, 200);
        table.reading("/ballots/{id}/ballots.blt", s + "/ballots.blt", LOGIN, 404, 404, 403, 404);
        table.reading("/ballots/{id}/count.json", d + "/count.json", LOGIN, 403, 403, 200, 200);
        table.reading("/ballots/{id}/count.json", s + "/count.json", LOGIN, 404, 404, 403, 404);
        // the demo's member and organiser have a vote; an administrator is no member, and is sent back
        table.reading("/ballots/{id}/vote", s + "/vote", LOGIN, 200, 200, 403, 302);
        table.reading("/ballots/{id}/hustings", d + "/hustings", LOGIN, 403, 403, 200, 200);
        table.reading(
                "/ballots/groups/{groupId}/endorsements",
                "/ballots/groups/" + redWall.id() + "/endorsements",
                LOGIN,
                403,
                403,
                200,
                200);

        // writes, each refused by validation for those allowed past the access rules
        table.writing(
                "/ballots",
                "/ballots",
                Map.of("groupId", String.valueOf(derby.id()), "title", ""),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/ballots/{id}/nominations",
                s + "/nominations",
                Map.of("candidateId", "0", "statement", ""),
                LOGIN,
                302,
                302,
                403,
                403);
        table.writing(
                "/ballots/{id}/nominations/{nominationId}/seconders",
                s + "/nominations/" + nomination + "/seconders",
                Map.of(),
                LOGIN,
                302,
                302,
                403,
                403);
        table.writing(
                "/ballots/{id}/nominations/{nominationId}/acceptance",
                s + "/nominations/" + nomination + "/acceptance",
                Map.of("confirmation", "by phone"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing("/ballots/{id}/vote", s + "/vote", Map.of(), LOGIN, 302, 302, 403, 403);
        table.writing(
                "/ballots/{id}/hustings",
                d + "/hustings",
                Map.of("startsAt", "2025-09-23T18:00"),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/ballots/{id}/hustings/order",
                d + "/hustings/order",
                Map.of("speaker", "0"),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/ballots/{id}/hustings/questions",
                d + "/hustings/questions",
                Map.of("wording", "Too late?"),
                LOGIN,
                403,
                403,
                302,
                403);
        table.writing(
                "/ballots/{id}/hustings/questions/{questionId}/choice",
                d + "/hustings/questions/" + Long.MAX_VALUE + "/choice",
                Map.of(),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/ballots/{id}/hustings/notes",
                d + "/hustings/notes",
                Map.of("notes", "x".repeat(20_001)),
                LOGIN,
                403,
                403,
                302,
                302);
        // the question used to be sure the demo has one; choosing it again would change the demo
        if (question <= 0) {
            throw new IllegalStateException("the demo's hustings has no questions");
        }
    }
}
