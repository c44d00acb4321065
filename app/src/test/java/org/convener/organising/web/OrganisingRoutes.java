package org.convener.organising.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.DemoData;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.demo.Demo;
import org.convener.engagements.Asks;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.organising.Candidate;
import org.convener.organising.Course;
import org.convener.organising.Courses;
import org.convener.organising.Library;
import org.convener.organising.LinkTarget;
import org.convener.organising.Meeting;
import org.convener.organising.Meetings;
import org.convener.organising.Pipeline;
import org.convener.organising.TestFiles;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.springframework.context.ApplicationContext;

/**
 * Meetings, the pipeline, courses and the library. The demo's member (Priya) and organiser (Maya)
 * are in the Derby group, whose candidates are Tom and Priya; the convener runs the Red Wall
 * Caucus, whose members alone see the focus-group memo; the administrator sees everything but a
 * candidate's background. Changes are chosen to be refused by validation, after the access check.
 */
public class OrganisingRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        Groups groups = beans.getBean(Groups.class);
        Meetings meetings = beans.getBean(Meetings.class);
        Pipeline pipeline = beans.getBean(Pipeline.class);
        Courses courses = beans.getBean(Courses.class);
        Library library = beans.getBean(Library.class);
        Asks asks = beans.getBean(Asks.class);
        Accounts accounts = beans.getBean(Accounts.class);

        Group derby = groups.find(Demo.DERBY).orElseThrow();
        Group redWall = groups.find(Demo.RED_WALL).orElseThrow();
        Meeting upcoming = meetings.ofGroup(derby.id()).stream()
                .filter(m -> m.kind().minuted() && m.day().isAfter(meetings.today()))
                .findFirst()
                .orElseThrow();
        Candidate tom = pipeline.ofGroup(derby.id()).stream()
                .filter(c -> c.aim() != null && c.aim().contains("Abbey"))
                .findFirst()
                .orElseThrow();
        Course course = courses.ofGroup(derby.id()).get(0);
        Course.Session session = courses.sessions(course.id()).get(0);
        long mp = groups.currentMemberships(redWall.id()).get(0).personId();
        AuditActor.as(
                "test",
                () -> courses.addFile(session.id(), "Route test handout", "handout.pdf", TestFiles.pdf("A handout.")));
        long material = courses.materials(course.id()).stream()
                .filter(m -> m.fileId() != null)
                .findFirst()
                .orElseThrow()
                .id();
        var memo = library.visible(Optional.empty(), null, 1).stream().findFirst();
        long restricted = library.search(
                        Optional.of(new org.convener.platform.CurrentUser(0, "x", null, Set.of("ADMIN"))),
                        "focus groups",
                        null,
                        1)
                .get(0)
                .document()
                .id();
        long ask = library.linksOf(restricted).stream()
                .filter(l -> l[0] == LinkTarget.ASK)
                .map(l -> (Long) l[1])
                .findFirst()
                .orElseThrow();
        asks.find(ask).orElseThrow();
        long adminAccount = accounts.find(DemoData.ADMIN).orElseThrow().id();
        String token = AuditActor.as("test", () -> meetings.issueFeed(adminAccount, derby.id()));

        String g = "/groups/" + derby.slug();
        String m = "/meetings/" + upcoming.id();
        String c = "/candidates/" + tom.id();

        // the administrator's secret address is read before the rows below replace it
        table.reading("/group-calendar/{token}.ics", "/group-calendar/" + token + ".ics", 200, 200, 200, 200, 200);
        table.reading("/group-calendar/{token}.ics", "/group-calendar/no-such-secret.ics", 404, 404, 404, 404, 404);

        // meetings
        table.reading("/groups/{slug}/meetings", g + "/meetings", LOGIN, 200, 200, 403, 200);
        table.writing(
                "/groups/{slug}/meetings",
                g + "/meetings",
                Map.of("kind", "MEETING", "title", "", "startsAt", "2027-01-01T19:00", "place", "x"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.reading("/meetings/{id}", m, LOGIN, 200, 200, 403, 200);
        table.reading("/meetings/{id}/edit", m + "/edit", LOGIN, 403, 200, 403, 200);
        table.writing(
                "/meetings/{id}/edit",
                m + "/edit",
                Map.of("kind", "MEETING", "title", "", "startsAt", "2027-01-01T19:00"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing("/meetings/{id}/cancel", m + "/cancel", Map.of("confirm", "no"), LOGIN, 403, 302, 403, 302);
        // answering nothing is refused; the administrator may see the group but is no one to answer for
        table.writing("/meetings/{id}/rsvp", m + "/rsvp", Map.of(), LOGIN, 302, 302, 403, 302);
        // the meeting has not been held, so attendance is refused
        table.writing(
                "/meetings/{id}/attendance",
                m + "/attendance",
                Map.of("present", String.valueOf(tom.personId())),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing("/meetings/{id}/minutes", m + "/minutes", Map.of("body", ""), LOGIN, 403, 302, 403, 302);
        table.writing("/meetings/{id}/approval", m + "/approval", Map.of("version", "1"), LOGIN, 403, 302, 403, 302);
        table.writing("/meetings/{id}/decisions", m + "/decisions", Map.of("body", ""), LOGIN, 403, 302, 403, 302);
        table.writing(
                "/meetings/{id}/action-points", m + "/action-points", Map.of("action", "x"), LOGIN, 403, 302, 403, 302);
        table.writing("/groups/{slug}/calendar", g + "/calendar", Map.of(), LOGIN, 302, 302, 403, 302);
        table.writing("/groups/{slug}/calendar/revoke", g + "/calendar/revoke", Map.of(), LOGIN, 302, 302, 403, 302);
        table.reading("/local-groups/{slug}", "/local-groups/" + derby.slug(), 200, 200, 200, 200, 200);
        table.reading("/local-groups/{slug}", "/local-groups/" + Demo.RED_WALL, 404, 404, 404, 404, 404);
        table.reading(
                "/local-groups/{slug}/events.ics",
                "/local-groups/" + derby.slug() + "/events.ics",
                200,
                200,
                200,
                200,
                200);

        // the pipeline
        table.reading("/groups/{slug}/pipeline", g + "/pipeline", LOGIN, 200, 200, 403, 200);
        table.writing("/groups/{slug}/pipeline", g + "/pipeline", Map.of("aim", "x"), LOGIN, 302, 302, 403, 302);
        table.reading("/candidates/{id}", c, LOGIN, 403, 200, 403, 200);
        table.writing(
                "/candidates/{id}/moves",
                c + "/moves",
                Map.of("to", "ELECTED", "reason", "a jump the rules forbid"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/candidates/{id}/mentor",
                c + "/mentor",
                Map.of("mentorId", String.valueOf(tom.personId())),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing("/candidates/{id}/plan", c + "/plan", Map.of("title", ""), LOGIN, 403, 302, 403, 302);
        table.writing("/candidates/{id}/plan/{stepId}/done", c + "/plan/0/done", Map.of(), LOGIN, 403, 302, 403, 302);
        table.writing("/candidates/{id}/training", c + "/training", Map.of("title", ""), LOGIN, 403, 302, 403, 302);
        table.writing("/candidates/{id}/support", c + "/support", Map.of(), LOGIN, 403, 302, 403, 302);
        table.writing(
                "/candidates/{id}/support/{needId}/met", c + "/support/0/met", Map.of(), LOGIN, 403, 302, 403, 302);
        table.reading("/pipeline", "/pipeline", LOGIN, 403, 200, 200, 200);
        table.reading("/account/background", "/account/background", LOGIN, 200, 200, 200, 403);
        table.writing(
                "/account/background",
                "/account/background",
                Map.of("occupation", "not kept without consent"),
                LOGIN,
                302,
                302,
                302,
                403);
        table.writing(
                "/account/background/withdraw", "/account/background/withdraw", Map.of(), LOGIN, 302, 302, 302, 403);

        // courses
        table.reading("/groups/{slug}/courses", g + "/courses", LOGIN, 200, 200, 403, 200);
        table.writing("/groups/{slug}/courses", g + "/courses", Map.of("title", ""), LOGIN, 403, 302, 403, 302);
        table.reading("/courses/{id}", "/courses/" + course.id(), LOGIN, 200, 200, 403, 200);
        table.writing(
                "/courses/{id}/enrol",
                "/courses/" + course.id() + "/enrol",
                Map.of("personId", String.valueOf(tom.personId())),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/courses/{id}/recommend",
                "/courses/" + course.id() + "/recommend",
                Map.of("recommended", String.valueOf(course.recommended())),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/courses/{id}/sessions",
                "/courses/" + course.id() + "/sessions",
                Map.of("title", ""),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/sessions/{id}/attendance",
                "/sessions/" + session.id() + "/attendance",
                Map.of("present", String.valueOf(mp)),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/sessions/{id}/materials",
                "/sessions/" + session.id() + "/materials",
                Map.of("title", "x"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.reading("/materials/{id}/file", "/materials/" + material + "/file", LOGIN, 200, 200, 403, 200);
        table.reading("/people/{id}/education", "/people/" + tom.personId() + "/education", LOGIN, 403, 200, 403, 200);
        table.reading("/groups/{slug}/organising", g + "/organising", LOGIN, 200, 200, 403, 200);

        // the library
        table.reading("/library", "/library", 200, 200, 200, 200, 200);
        table.reading("/library", "/library?q=%22insurance-based+system%22", 200, 200, 200, 200, 200);
        table.reading("/library/new", "/library/new", LOGIN, 403, 403, 200, 200);
        table.add("POST /library", "UPLOAD", "/library", Map.of("title", "Empty"), LOGIN, 403, 403, 302, 302);
        table.reading("/library/{id}", "/library/" + restricted, LOGIN, 403, 403, 200, 200);
        table.reading("/library/{id}", "/library/999999", 404, 404, 404, 404, 404);
        table.reading("/library/{id}/file", "/library/" + restricted + "/file", LOGIN, 403, 403, 200, 200);
        table.reading("/library/linked/{target}/{id}", "/library/linked/ask/" + ask, LOGIN, 403, 403, 200, 200);
        table.writing(
                "/library/linked/{target}/{id}", "/library/linked/ask/" + ask, Map.of(), LOGIN, 403, 403, 302, 302);
        memo.ifPresent(d -> table.reading("/library/{id}", "/library/" + d.id(), 200, 200, 200, 200, 200));
    }
}
