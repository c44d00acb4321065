package org.convener.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.OfficerPost;
import org.convener.groups.Volunteer;
import org.convener.engagements.AskStatus;
import org.convener.groups.importing.MemberImports;
import org.convener.letters.LetterStatus;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application serves, tried by every kind of visitor: anonymous, a member of a
 * local group, that group's organiser, a caucus convener (an officer) and an administrator. A
 * route served without an entry here fails the build, so no route goes untested.
 *
 * <p>Requests that an allowed role makes are chosen to be refused by validation (a duplicate
 * member, a missing confirmation), so the table proves who gets past the access rules without
 * changing the demonstration other tests use.
 */
@ConvenerTest
class RouteAccessTest {

    enum Visitor { ANONYMOUS, MEMBER, ORGANISER, OFFICER, ADMIN }

    /** Sent anonymous visitors to sign in. */
    static final int LOGIN = -302;

    record Check(String route, String method, String path, Map<String, String> params, Map<Visitor, Integer> expected) {}

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    org.convener.platform.CommandLineInterface cli;

    @Autowired
    Groups groups;

    @Autowired
    People people;

    @Autowired
    MemberImports memberImports;

    @Autowired
    org.convener.engagements.Engagements engagements;

    @Autowired
    org.convener.engagements.Asks asks;

    @Autowired
    org.convener.engagements.Stakeholders stakeholders;

    @Autowired
    org.convener.engagements.Topics topics;

    @Autowired
    org.convener.engagements.CalendarFeeds calendars;

    @Autowired
    org.convener.letters.Letters letters;

    final Map<Visitor, MockHttpSession> sessions = new EnumMap<>(Visitor.class);
    final List<Check> checks = new ArrayList<>();

    @BeforeEach
    void signInEveryone() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
        sessions.put(Visitor.MEMBER, DemoData.signIn(mvc, DemoData.MEMBER));
        sessions.put(Visitor.ORGANISER, DemoData.signIn(mvc, DemoData.ORGANISER));
        sessions.put(Visitor.OFFICER, DemoData.signIn(mvc, DemoData.CONVENER));
        sessions.put(Visitor.ADMIN, DemoData.signIn(mvc, DemoData.ADMIN));
        table();
    }

    private void table() {
        Group derby = groups.find(Demo.DERBY).orElseThrow();
        Group doncaster = groups.find(Demo.DONCASTER).orElseThrow();
        OfficerPost chair = postOf(derby, "Chair");
        Person tom = people.findByEmail("tom.brennan@example.org").orElseThrow();
        long tomsMembership = groups.currentMemberships(derby.id()).stream().filter(m -> m.personId() == tom.id()).findFirst().orElseThrow().id();
        Volunteer doncasterOffer = groups.vacancies().stream().filter(v -> v.group().id() == doncaster.id())
                .flatMap(v -> v.volunteers().stream()).findFirst().orElseThrow();
        long batch = memberImports.upload(derby, "members.csv", "full_name,email\n,not-an-email\n".getBytes(StandardCharsets.UTF_8), "test");
        long spare = accounts.find("spare@example.org")
                .orElseGet(() -> AuditActor.as("test", () -> accounts.create("spare@example.org", null, false)).account()).id();
        long mp = people.findByNameAndConstituency("Jo White", "E14001079").get(0).id();
        String d = "/groups/" + Demo.DERBY;

        // public seat intelligence
        for (String path : List.of("/", "/seats", "/seats.csv", "/seats/runner-up", "/map", "/sources", "/css/parties.css", "/polls",
                "/projection", "/sets")) {
            reading(path, path, 200, 200, 200, 200, 200);
        }
        reading("/seats/{code}", "/seats/E14001079", 200, 200, 200, 200, 200);
        reading("/projection/seats/{code}", "/projection/seats/E14001079", 200, 200, 200, 200, 200);
        reading("/sets/{name}", "/sets/redwall", 200, 200, 200, 200, 200);
        // a caucus's seats say who its members are
        reading("/sets/{name}", "/sets/caucus-" + Demo.RED_WALL, 404, 404, 404, 200, 200);
        add("* /error", "GET", "/error", Map.of(), 500, 500, 500, 500, 500);

        // signing in and one's own account
        reading("/login", "/login", 200, 302, 302, 302, 302);
        reading("/account", "/account", LOGIN, 200, 200, 200, 200);
        reading("/account/password", "/account/password", LOGIN, 200, 200, 200, 200);
        writing("/account/password", "/account/password", Map.of("current", "not my password", "chosen", "a new long password", "repeated",
                "a new long password"), LOGIN, 200, 200, 200, 200);

        // administration
        reading("/admin/accounts", "/admin/accounts", LOGIN, 403, 403, 403, 200);
        reading("/admin/audit", "/admin/audit", LOGIN, 403, 403, 403, 200);
        reading("/admin/retention", "/admin/retention", LOGIN, 403, 403, 403, 200);
        writing("/admin/accounts", "/admin/accounts", Map.of("email", "not an email"), LOGIN, 403, 403, 403, 302);
        writing("/admin/accounts/{id}/reset", "/admin/accounts/" + spare + "/reset", Map.of(), LOGIN, 403, 403, 403, 302);
        writing("/admin/accounts/{id}/unlock", "/admin/accounts/" + spare + "/unlock", Map.of(), LOGIN, 403, 403, 403, 302);
        writing("/admin/accounts/{id}/enabled", "/admin/accounts/" + spare + "/enabled", Map.of("enabled", "true"), LOGIN, 403, 403, 403, 302);
        writing("/admin/retention", "/admin/retention", Map.of(), LOGIN, 403, 403, 403, 302);

        // groups: members see their own, organisers run theirs, officers theirs, administrators all
        reading("/groups", "/groups", LOGIN, 200, 200, 200, 200);
        writing("/groups", "/groups", Map.of("kind", "LOCAL_GROUP", "name", "Derby Red Labour (illustrative)", "slug", Demo.DERBY),
                LOGIN, 403, 403, 403, 302);
        reading("/groups/{slug}", d, LOGIN, 200, 200, 403, 200);
        reading("/groups/{slug}", "/groups/" + Demo.DONCASTER, LOGIN, 403, 403, 403, 200);
        reading("/groups/{slug}", "/groups/" + Demo.RED_WALL, LOGIN, 403, 403, 200, 200);
        reading("/groups/{slug}/posts/{postId}", d + "/posts/" + chair.id(), LOGIN, 200, 200, 403, 200);
        reading("/groups/{slug}/members.csv", d + "/members.csv", LOGIN, 403, 200, 403, 200);
        reading("/groups/{slug}/import", d + "/import", LOGIN, 403, 200, 403, 200);
        reading("/groups/{slug}/import/{batch}", d + "/import/" + batch, LOGIN, 403, 200, 403, 200);
        writing("/groups/{slug}/import/{batch}", d + "/import/" + batch, Map.of(), LOGIN, 403, 302, 403, 302);
        add("POST /groups/{slug}/import", "UPLOAD", d + "/import", Map.of(), LOGIN, 403, 302, 403, 302);
        writing("/groups/{slug}/members", d + "/members", Map.of("personId", String.valueOf(tom.id()), "role", "MEMBER"),
                LOGIN, 403, 302, 403, 302);
        writing("/groups/{slug}/members/{membershipId}/end", d + "/members/" + tomsMembership + "/end", Map.of("on", "not a date"),
                LOGIN, 403, 302, 403, 302);
        writing("/groups/{slug}/members/{membershipId}/role", d + "/members/" + tomsMembership + "/role", Map.of("role", "MEMBER"),
                LOGIN, 403, 302, 403, 302);
        writing("/groups/{slug}/posts", d + "/posts", Map.of("title", ""), LOGIN, 403, 302, 403, 302);
        writing("/groups/{slug}/posts/{postId}/appoint", d + "/posts/" + chair.id() + "/appoint",
                Map.of("personId", String.valueOf(chair.current().orElseThrow().personId())), LOGIN, 403, 302, 403, 302);
        writing("/groups/{slug}/posts/{postId}/vacate", d + "/posts/" + chair.id() + "/vacate", Map.of("on", "not a date"),
                LOGIN, 403, 302, 403, 302);
        // an offer made to another group cannot be declined from this one
        writing("/groups/{slug}/volunteers/{volunteerId}/decline", d + "/volunteers/" + doncasterOffer.id() + "/decline", Map.of(),
                LOGIN, 403, 404, 403, 404);

        // vacancies: anyone signed in with a person record may offer
        reading("/vacancies", "/vacancies", LOGIN, 200, 200, 200, 200);
        writing("/vacancies/{postId}/volunteer", "/vacancies/" + chair.id() + "/volunteer", Map.of(), LOGIN, 302, 302, 302, 403);
        writing("/vacancies/{postId}/withdraw", "/vacancies/" + chair.id() + "/withdraw", Map.of(), LOGIN, 302, 302, 302, 403);

        // people: contact details only for those who manage the person, exports only for administrators and the person
        reading("/people", "/people", LOGIN, 200, 200, 200, 200);
        reading("/people/new", "/people/new", LOGIN, 403, 200, 200, 200);
        writing("/people", "/people", Map.of("fullName", ""), LOGIN, 403, 302, 302, 302);
        reading("/people/{id}", "/people/" + tom.id(), LOGIN, 403, 200, 403, 200);
        reading("/people/{id}", "/people/" + mp, LOGIN, 200, 200, 200, 200);
        reading("/people/{id}/edit", "/people/" + tom.id() + "/edit", LOGIN, 403, 200, 403, 200);
        reading("/people/{id}/groups", "/people/" + tom.id() + "/groups", LOGIN, 403, 200, 403, 200);
        reading("/people/{id}/export", "/people/" + tom.id() + "/export", LOGIN, 403, 403, 403, 200);
        influence(derby);
        writing("/people/{id}", "/people/" + tom.id(), Map.of("fullName", "Tom Brennan", "email", "not an email"), LOGIN, 403, 302, 403, 302);
        writing("/people/{id}/consent", "/people/" + tom.id() + "/consent", Map.of("channel", "EMAIL", "granted", "true", "method", ""),
                LOGIN, 403, 302, 403, 302);
        writing("/people/{id}/erase", "/people/" + tom.id() + "/erase", Map.of(), LOGIN, 403, 403, 403, 302);
    }

    /**
     * Engagements, asks, stakeholders and letters: the demo's member and organiser belong to no
     * caucus, so they see lists but no caucus's work; the convener runs the Red Wall Caucus's.
     */
    private void influence(Group derby) {
        Group redWall = groups.find(Demo.RED_WALL).orElseThrow();
        var seen = java.util.Set.of(redWall.id());
        var meeting = engagements.of(seen).stream().filter(e -> e.title().equals("Meeting with the Leader of the House")).findFirst().orElseThrow();
        var doneFollowUp = engagements.followUps(meeting.id()).stream().filter(f -> f.done()).findFirst().orElseThrow();
        var dropped = asks.of(seen, null).stream().filter(a -> a.status() == AskStatus.DROPPED).findFirst().orElseThrow();
        var stakeholder = stakeholders.all().stream().filter(s -> s.person().fullName().equals("David Okoro")).findFirst().orElseThrow();
        long position = stakeholder.positions().get(0).id();
        long topic = AuditActor.as("test", () -> topics.add("Route test topic " + java.util.UUID.randomUUID())).id();
        var published = letters.all().stream().filter(l -> l.status() == LetterStatus.PUBLISHED).findFirst().orElseThrow();
        var open = letters.all().stream().filter(l -> l.status() == LetterStatus.OPEN && l.illustrative()).findFirst().orElseThrow();
        long signature = letters.liveSignatures(published.id()).get(0).id();
        long adminAccount = accounts.find(DemoData.ADMIN).orElseThrow().id();
        String token = AuditActor.as("test", () -> calendars.issue(adminAccount));
        String e = "/engagements/" + meeting.id();
        String p = "/letters/" + published.id();
        String o = "/letters/" + open.id();

        reading("/stakeholders", "/stakeholders", LOGIN, 200, 200, 200, 200);
        reading("/stakeholders/{id}", "/stakeholders/" + stakeholder.person().id(), LOGIN, 200, 200, 200, 200);
        writing("/stakeholders", "/stakeholders", Map.of("fullName", "", "category", "MINISTER", "organisation", "x", "role", "y"),
                LOGIN, 403, 403, 302, 302);
        writing("/stakeholders/{id}/positions", "/stakeholders/" + stakeholder.person().id() + "/positions",
                Map.of("category", "MINISTER", "organisation", "", "role", ""), LOGIN, 403, 403, 302, 302);
        writing("/stakeholders/{id}/positions/{positionId}/end", "/stakeholders/" + stakeholder.person().id() + "/positions/" + position + "/end",
                Map.of("on", "not a date"), LOGIN, 403, 403, 302, 302);

        reading("/engagements", "/engagements", LOGIN, 200, 200, 200, 200);
        reading("/engagements/new", "/engagements/new", LOGIN, 403, 403, 200, 200);
        reading("/engagements/{id}", e, LOGIN, 403, 403, 200, 200);
        writing("/engagements", "/engagements", Map.of("caucusId", String.valueOf(redWall.id()), "kind", "MEETING", "title", "",
                "startsAt", "2026-01-01T10:00"), LOGIN, 403, 403, 302, 302);
        writing("/engagements/{id}/notes", e + "/notes", Map.of("notes", "x".repeat(20001)), LOGIN, 403, 403, 302, 302);
        writing("/engagements/{id}/asks", e + "/asks", Map.of("askId", String.valueOf(meeting.askIds().get(0))), LOGIN, 403, 403, 302, 302);
        writing("/engagements/{id}/commitments", e + "/commitments", Map.of("wording", ""), LOGIN, 403, 403, 302, 302);
        writing("/engagements/{id}/follow-ups", e + "/follow-ups", Map.of("action", "", "ownerId", String.valueOf(doneFollowUp.ownerId()),
                "dueOn", "2026-01-01"), LOGIN, 403, 403, 302, 302);
        reading("/follow-ups", "/follow-ups", LOGIN, 200, 200, 200, 200);
        writing("/follow-ups/{id}/done", "/follow-ups/" + doneFollowUp.id() + "/done", Map.of(), LOGIN, 403, 403, 302, 302);

        reading("/asks", "/asks", LOGIN, 200, 200, 200, 200);
        reading("/asks/{id}", "/asks/" + dropped.id(), LOGIN, 403, 403, 200, 200);
        writing("/asks", "/asks", Map.of("caucusId", String.valueOf(redWall.id()), "topicId", String.valueOf(topic), "title", "", "wording", ""),
                LOGIN, 403, 403, 302, 302);
        writing("/asks/{id}/status", "/asks/" + dropped.id() + "/status", Map.of("to", "RAISED", "reason", "again"), LOGIN, 403, 403, 302, 302);
        writing("/asks/{id}/evidence", "/asks/" + dropped.id() + "/evidence", Map.of("kind", "SEAT", "target", "nowhere"), LOGIN, 403, 403, 302, 302);
        reading("/topics", "/topics", LOGIN, 200, 200, 200, 200);
        writing("/topics", "/topics", Map.of("name", ""), LOGIN, 403, 403, 302, 302);
        writing("/topics/{id}/retire", "/topics/" + topic + "/retire", Map.of(), LOGIN, 403, 403, 302, 302);

        // the feed is reached by its secret alone, so every visitor gets it; it is read before the account's address is replaced below
        reading("/calendar/{token}.ics", "/calendar/" + token + ".ics", 200, 200, 200, 200, 200);
        reading("/calendar/{token}.ics", "/calendar/no-such-secret.ics", 404, 404, 404, 404, 404);
        reading("/account/calendar", "/account/calendar", LOGIN, 200, 200, 200, 200);
        writing("/account/calendar", "/account/calendar", Map.of(), LOGIN, 302, 302, 302, 302);
        writing("/account/calendar/revoke", "/account/calendar/revoke", Map.of(), LOGIN, 302, 302, 302, 302);

        reading("/letters", "/letters", LOGIN, 200, 200, 200, 200);
        reading("/letters/{id}", p, LOGIN, 200, 200, 200, 200);
        reading("/letters/{id}", o, LOGIN, 403, 403, 200, 200);
        reading("/letters/{id}/letter.pdf", o + "/letter.pdf", LOGIN, 403, 403, 200, 200);
        reading("/letters/{id}/signatories.csv", o + "/signatories.csv", LOGIN, 403, 403, 200, 200);
        writing("/letters", "/letters", Map.of("caucusId", String.valueOf(redWall.id()), "title", "", "body", ""), LOGIN, 403, 403, 302, 302);
        writing("/letters/{id}/versions", o + "/versions", Map.of("title", "", "body", ""), LOGIN, 403, 403, 302, 302);
        writing("/letters/{id}/invitations", o + "/invitations", Map.of("caucusId", String.valueOf(redWall.id())), LOGIN, 403, 403, 302, 302);
        writing("/letters/{id}/open", o + "/open", Map.of(), LOGIN, 403, 403, 302, 302);
        writing("/letters/{id}/signatures", o + "/signatures", Map.of("personId", String.valueOf(doneFollowUp.ownerId()), "confirmation", ""),
                LOGIN, 403, 403, 302, 302);
        // anyone with a person record may try to sign a letter they can see; the published one refuses them all
        writing("/letters/{id}/sign", p + "/sign", Map.of(), LOGIN, 302, 302, 302, 403);
        writing("/letters/{id}/signatures/{signatureId}/withdraw", p + "/signatures/" + signature + "/withdraw", Map.of(), LOGIN, 403, 403, 302, 302);
        writing("/letters/{id}/lock", p + "/lock", Map.of(), LOGIN, 403, 403, 302, 302);
        writing("/letters/{id}/publish", p + "/publish", Map.of(), LOGIN, 403, 403, 302, 302);
        writing("/letters/{id}/asks", p + "/asks", Map.of("askId", String.valueOf(published.askIds().get(0))), LOGIN, 403, 403, 302, 302);
        reading("/open-letters/{id}", "/open-letters/" + published.id(), 200, 200, 200, 200, 200);
        reading("/open-letters/{id}", "/open-letters/" + open.id(), 404, 404, 404, 404, 404);
        reading("/open-letters/{id}/letter.pdf", "/open-letters/" + published.id() + "/letter.pdf", 200, 200, 200, 200, 200);
        reading("/open-letters/{id}/signatories.csv", "/open-letters/" + published.id() + "/signatories.csv", 200, 200, 200, 200, 200);
    }

    private OfficerPost postOf(Group group, String title) {
        return groups.posts(group.id()).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private void reading(String route, String path, int... statuses) {
        add("GET " + route, "GET", path, Map.of(), statuses);
    }

    private void writing(String route, String path, Map<String, String> params, int... statuses) {
        add("POST " + route, "POST", path, params, statuses);
    }

    private void add(String route, String method, String path, Map<String, String> params, int... statuses) {
        var expected = new EnumMap<Visitor, Integer>(Visitor.class);
        for (Visitor visitor : Visitor.values()) {
            expected.put(visitor, statuses[visitor.ordinal()]);
        }
        checks.add(new Check(route, method, path, params, expected));
    }

    @Test
    void everyRouteHasAnAccessRuleAndAnEntryHere() {
        var served = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    served.add("* " + pattern);
                }
                methods.forEach(method -> served.add(method.name() + " " + pattern));
            }
        });
        var tested = new TreeSet<String>();
        checks.forEach(check -> tested.add(check.route()));
        assertThat(tested).as("routes tested").containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void eachVisitorGetsWhatTheTableSays() throws Exception {
        var wrong = new LinkedHashMap<String, String>();
        for (Check check : checks) {
            for (Visitor visitor : Visitor.values()) {
                MvcResult result = mvc.perform(request(check, visitor, true)).andReturn();
                int status = result.getResponse().getStatus();
                int expected = check.expected().get(visitor);
                boolean right = expected == LOGIN
                        ? status == 302 && String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login")
                        : status == expected;
                if (!right) {
                    wrong.put(check.method() + " " + check.path() + " as " + visitor,
                            status + " " + result.getResponse().getRedirectedUrl() + ", expected " + (expected == LOGIN ? "sign-in" : expected));
                }
            }
        }
        assertThat(wrong).as("requests answered otherwise than the table says").isEmpty();
    }

    @Test
    void everyChangeNeedsACsrfToken() throws Exception {
        for (Check check : checks) {
            if (check.method().equals("GET")) {
                continue;
            }
            for (Visitor visitor : Visitor.values()) {
                int status = mvc.perform(request(check, visitor, false)).andReturn().getResponse().getStatus();
                assertThat(status).as(check.method() + " " + check.path() + " as " + visitor + " without a CSRF token").isEqualTo(403);
            }
        }
    }

    @Test
    void publicPagesTakeNoWrites() throws Exception {
        for (String path : List.of("/", "/seats", "/seats/E14001079", "/map", "/sources", "/polls", "/projection", "/sets", "/sets/redwall")) {
            for (Visitor visitor : Visitor.values()) {
                var request = post(path).with(csrf());
                if (visitor != Visitor.ANONYMOUS) {
                    request.session(sessions.get(visitor));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                if (visitor == Visitor.ANONYMOUS) {
                    // refused, and asked to sign in: no one may write here either way
                    assertThat(response.getRedirectedUrl()).as("POST " + path + " anonymously").endsWith("/login");
                } else {
                    assertThat(response.getStatus()).as("POST " + path + " as " + visitor).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void unknownPathsAreRefused() throws Exception {
        var anonymous = mvc.perform(get("/admin")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/admin").session(sessions.get(Visitor.MEMBER))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/seats/E14001079/edit").session(sessions.get(Visitor.ADMIN))).andReturn().getResponse().getStatus())
                .isIn(403, 404);
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        var response = mvc.perform(get("/seats")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    private MockHttpServletRequestBuilder request(Check check, Visitor visitor, boolean withCsrf) {
        MockHttpServletRequestBuilder request = switch (check.method()) {
            case "GET" -> get(check.path());
            case "UPLOAD" -> multipart(check.path()).file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]));
            default -> post(check.path());
        };
        check.params().forEach(request::param);
        if (withCsrf && !check.method().equals("GET")) {
            request.with(csrf());
        }
        if (visitor != Visitor.ANONYMOUS) {
            request.session(sessions.get(visitor));
        }
        return request;
    }
}
