package org.convener.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.groups.Role;
import org.convener.people.Channel;
import org.convener.people.Origin;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The rules of docs/access.md, route by route, for every route that shows or changes a person: an
 * organiser of an unrelated group tries to bring an MP and another group's member into their group
 * by every path the pages offer (adding a member by id, a CSV matched by email, a CSV matched by
 * name and constituency, the new-person form, appointing to a post, inviting), and then tries every
 * such route on them. None may show their contact details, consent, tags or notes, or change them;
 * an MP's public facts stay visible. And the paths the rules allow do open a record: a person the
 * organiser made, someone they could already see, an MP who accepts an invitation or is added by an
 * officer of their caucus, until they leave.
 */
@ConvenerTest
class PersonReachTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** The routes this test tries; every served route about a person must be among them. */
    private final Set<String> tried = new TreeSet<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Groups groups;

    @Autowired
    Accounts accounts;

    @Autowired
    DatasetImports imports;

    @Autowired
    org.convener.letters.Letters letters;

    @Autowired
    Demo demo;

    @Autowired
    CommandLineInterface cli;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    /** A person with private details marked so that any page showing them can be caught. */
    record Target(Person person, String phone, String notes, String address, String tag, String consent) {

        List<String> secrets() {
            var secrets = new ArrayList<>(List.of(phone, notes, address, tag, consent));
            if (person.email() != null) {
                secrets.add(person.email());
            }
            return secrets;
        }
    }

    record Organiser(Group group, Person person, MockHttpSession session) {}

    private Target target(String name, PersonKind kind, String constituency) {
        int n = SERIAL.incrementAndGet();
        String phone = "07700 9" + String.format("%05d", 40000 + n);
        String notes = "reach-secret-note-" + n;
        String address = n + " Reach Secret Street";
        String tag = "reach-tag-" + n;
        String consent = "reach-consent-" + n;
        Person person = AuditActor.as("test", () -> {
            Person p = people.create(
                    new PersonDraft(
                            name + " " + n,
                            kind,
                            constituency,
                            "reach-" + n + "@example.net",
                            phone,
                            address,
                            notes,
                            Set.of(tag)),
                    kind == PersonKind.MP ? 990000 + n : null);
            people.recordConsent(p.id(), Channel.PHONE, true, consent);
            return p;
        });
        return new Target(person, phone, notes, address, tag, consent);
    }

    private Group localGroup(String name) {
        int n = SERIAL.incrementAndGet();
        return AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.LOCAL_GROUP,
                        name + " " + n,
                        "reach-" + n,
                        null,
                        false,
                        List.of(new Group.Area("E14001194", null))));
    }

    /** A new local group run by a new organiser, who is signed in. */
    private Organiser organiser() throws Exception {
        Group group = localGroup("Reach test group");
        int n = SERIAL.incrementAndGet();
        String email = "reach-organiser-" + n + "@example.net";
        Person person = AuditActor.as("test", () -> {
            var m = groups.enrolNew(
                    group.id(),
                    new PersonDraft(
                            "Reach Organiser " + n, PersonKind.ACTIVIST, null, email, null, null, null, Set.of()),
                    Role.ORGANISER,
                    groups.today());
            return people.find(m.personId()).orElseThrow();
        });
        return new Organiser(group, person, account(email, person));
    }

    private MockHttpSession account(String email, Person person) throws Exception {
        var made = AuditActor.as("test", () -> accounts.create(email, person.id(), false));
        AuditActor.as(
                "test", () -> accounts.changePassword(made.account().id(), made.oneTimePassword(), DemoData.PASSWORD));
        return DemoData.signIn(mvc, email);
    }

    private MvcResult perform(String route, MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        tried.add(route);
        return mvc.perform(request.session(session)).andReturn();
    }

    private static void assertNothingOf(Target target, MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString();
        for (String secret : target.secrets()) {
            assertThat(body)
                    .as("a response about " + target.person().fullName())
                    .doesNotContain(secret);
        }
    }

    private MockHttpServletResponse upload(Organiser o, String csv) throws Exception {
        var file = new MockMultipartFile("file", "reach.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String preview = perform(
                        "POST /groups/{slug}/import",
                        multipart("/groups/" + o.group().slug() + "/import")
                                .file(file)
                                .with(csrf()),
                        o.session())
                .getResponse()
                .getRedirectedUrl();
        assertThat(preview).startsWith("/groups/" + o.group().slug() + "/import/");
        var page = perform("GET /groups/{slug}/import/{batch}", get(preview), o.session())
                .getResponse();
        var commit = perform("POST /groups/{slug}/import/{batch}", post(preview).with(csrf()), o.session())
                .getResponse();
        assertThat(commit.getRedirectedUrl())
                .as("a file with problems is not committed")
                .isEqualTo(preview);
        return page;
    }

    private boolean member(Group group, Person person) {
        return groups.currentMemberships(group.id()).stream().anyMatch(m -> m.personId() == person.id());
    }

    @Test
    void anUnrelatedOrganiserCannotBringAnMpOrAnotherGroupsMemberInByAnyPathNorReachTheirRecord() throws Exception {
        Organiser o = organiser();
        String g = "/groups/" + o.group().slug();
        Group other = localGroup("Reach other group");
        Target mp = target("Reach MP", PersonKind.MP, "E14001193");
        Target mpByEmail = target("Reach MP by email", PersonKind.MP, "E14001193");
        Target mpByName = target("Reach MP by name", PersonKind.MP, "E14001193");
        Target theirs = target("Reach member", PersonKind.ACTIVIST, "E14001198");
        Target theirsByEmail = target("Reach member by email", PersonKind.ACTIVIST, "E14001198");
        Target theirsByName = target("Reach member by name", PersonKind.ACTIVIST, "E14001198");
        var elsewhere = new ArrayList<Membership>();
        AuditActor.as("test", () -> {
            for (Target t : List.of(theirs, theirsByEmail, theirsByName)) {
                elsewhere.add(groups.join(other.id(), t.person().id(), Role.MEMBER, groups.today()));
            }
        });
        var everyone = List.of(mp, mpByEmail, mpByName, theirs, theirsByEmail, theirsByName);

        // by id: adding, appointing, inviting
        var post = AuditActor.as("test", () -> groups.createPost(o.group().id(), "Reach secretary", null));
        for (Target t : List.of(mp, theirs)) {
            var added = perform(
                    "POST /groups/{slug}/members",
                    post(g + "/members")
                            .with(csrf())
                            .param("personId", String.valueOf(t.person().id()))
                            .param("role", "MEMBER"),
                    o.session());
            assertThat(added.getFlashMap().get("error")).asString().contains("not someone whose record you can see");
            var appointed = perform(
                    "POST /groups/{slug}/posts/{postId}/appoint",
                    post(g + "/posts/" + post.id() + "/appoint")
                            .with(csrf())
                            .param("personId", String.valueOf(t.person().id())),
                    o.session());
            assertThat(appointed.getFlashMap().get("error")).isNotNull();
        }
        assertThat(groups.post(post.id()).orElseThrow().vacant()).isTrue();
        var invitedOther = perform(
                "POST /groups/{slug}/invitations",
                post(g + "/invitations")
                        .with(csrf())
                        .param("personId", String.valueOf(theirs.person().id())),
                o.session());
        assertThat(invitedOther.getFlashMap().get("error")).asString().contains("Choose someone from the list");
        assertThat(invitedOther.getFlashMap().get("error"))
                .asString()
                .doesNotContain(theirs.person().fullName());

        // by a file: matched by email, and by name and constituency
        var byEmail = upload(
                o,
                "full_name,email\nSomeone,%s\nSomeone Else,%s\n"
                        .formatted(
                                mpByEmail.person().email(),
                                theirsByEmail.person().email()));
        assertThat(byEmail.getContentAsString()).contains("recorded outside your groups");
        assertThat(byEmail.getContentAsString())
                .doesNotContain(theirsByEmail.person().fullName());
        var byName = upload(
                o,
                "full_name,constituency_code\n%s,E14001193\n%s,E14001198\n"
                        .formatted(
                                mpByName.person().fullName(),
                                theirsByName.person().fullName()));
        assertThat(byName.getContentAsString())
                .contains("has this name and constituency")
                .contains("2 problems");

        // the new-person form: an email already recorded is refused; a namesake is someone new
        var sameEmail = perform(
                "POST /people",
                post("/people")
                        .with(csrf())
                        .param("fullName", mp.person().fullName())
                        .param("email", mp.person().email())
                        .param("groupId", String.valueOf(o.group().id())),
                o.session());
        assertThat(sameEmail.getFlashMap().get("error")).asString().contains("already recorded");
        var namesake = perform(
                "POST /people",
                post("/people")
                        .with(csrf())
                        .param("fullName", theirs.person().fullName())
                        .param("constituencyCode", "E14001198")
                        .param("groupId", String.valueOf(o.group().id())),
                o.session());
        String made = namesake.getResponse().getRedirectedUrl();
        assertThat(made)
                .startsWith("/people/")
                .isNotEqualTo("/people/" + theirs.person().id());

        for (Target t : everyone) {
            assertThat(member(o.group(), t.person())).as(t.person().fullName()).isFalse();
        }

        // and now every route about a person, on each of them
        for (Target t : everyone) {
            long id = t.person().id();
            boolean mpRecord = t.person().kind() == PersonKind.MP;
            var page = perform("GET /people/{id}", get("/people/" + id), o.session())
                    .getResponse();
            assertThat(page.getStatus()).isEqualTo(mpRecord ? 200 : 403);
            assertNothingOf(t, page);
            if (mpRecord) {
                assertThat(page.getContentAsString()).contains(t.person().fullName(), "Contact details, consent");
            }
            var fragment = perform("GET /people/{id}/groups", get("/people/" + id + "/groups"), o.session())
                    .getResponse();
            assertThat(fragment.getStatus()).isEqualTo(mpRecord ? 200 : 403);
            assertNothingOf(t, fragment);
            var votes = perform(
                            "GET /people/{id}/votes",
                            get("/people/" + id + "/votes").header("HX-Request", "true"),
                            o.session())
                    .getResponse();
            assertThat(votes.getStatus()).isEqualTo(mpRecord ? 200 : 403);
            assertNothingOf(t, votes);
            assertThat(perform("GET /people/{id}/edit", get("/people/" + id + "/edit"), o.session())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(perform(
                                    "POST /people/{id}",
                                    post("/people/" + id)
                                            .with(csrf())
                                            .param("fullName", t.person().fullName())
                                            .param("notes", "overwritten by an organiser"),
                                    o.session())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(perform(
                                    "POST /people/{id}/consent",
                                    post("/people/" + id + "/consent")
                                            .with(csrf())
                                            .param("channel", "PHONE")
                                            .param("granted", "false")
                                            .param("method", "withdrawn by an organiser"),
                                    o.session())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(perform("GET /people/{id}/export", get("/people/" + id + "/export"), o.session())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(perform(
                                    "POST /people/{id}/erase",
                                    post("/people/" + id + "/erase")
                                            .with(csrf())
                                            .param("confirm", "erase"),
                                    o.session())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            var unchanged = people.find(id).orElseThrow();
            assertThat(unchanged.notes()).isEqualTo(t.notes());
            assertThat(unchanged.erased()).isFalse();
            assertThat(people.consents(id).get(Channel.PHONE).granted()).isTrue();

            var found = perform(
                            "GET /people",
                            get("/people").param("name", t.person().fullName()),
                            o.session())
                    .getResponse();
            assertNothingOf(t, found);
            // MPs are public and found by name; anyone else is not found at all
            assertThat(found.getContentAsString().contains("/people/" + id + "\""))
                    .isEqualTo(mpRecord);
            var byTag = perform("GET /people", get("/people").param("tag", t.tag()), o.session())
                    .getResponse();
            assertThat(byTag.getContentAsString()).doesNotContain("/people/" + id + "\"");
        }
        var groupPage = perform("GET /groups/{slug}", get(g), o.session()).getResponse();
        var csv = perform("GET /groups/{slug}/members.csv", get(g + "/members.csv"), o.session())
                .getResponse();
        for (Target t : everyone) {
            assertNothingOf(t, groupPage);
            assertNothingOf(t, csv);
        }
        // another group's memberships cannot be changed from this one
        for (Membership m : elsewhere) {
            assertThat(perform(
                                    "POST /groups/{slug}/members/{membershipId}/end",
                                    post(g + "/members/" + m.id() + "/end").with(csrf()),
                                    o.session())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            assertThat(perform(
                                    "POST /groups/{slug}/members/{membershipId}/role",
                                    post(g + "/members/" + m.id() + "/role")
                                            .with(csrf())
                                            .param("role", "ORGANISER"),
                                    o.session())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
        }
        // nor the other group itself, its members file or its imports
        String o2 = "/groups/" + other.slug();
        for (var check : List.of(
                new String[] {"GET /groups/{slug}", "GET", o2},
                new String[] {"GET /groups/{slug}/members.csv", "GET", o2 + "/members.csv"},
                new String[] {"GET /groups/{slug}/import", "GET", o2 + "/import"},
                new String[] {"POST /groups/{slug}/members", "POST", o2 + "/members"},
                new String[] {"POST /groups/{slug}/invitations", "POST", o2 + "/invitations"})) {
            var request = check[1].equals("GET")
                    ? get(check[2])
                    : post(check[2]).with(csrf()).param("personId", "1");
            assertThat(perform(check[0], request, o.session()).getResponse().getStatus())
                    .as(check[0])
                    .isEqualTo(403);
        }

        tryTheRest(o);
        assertEveryRouteAboutAPersonWasTried();
    }

    /** The routes about a person that an organiser of a local group may not use at all, or only on themself. */
    private void tryTheRest(Organiser o) throws Exception {
        var derby = groups.find(Demo.DERBY).orElseThrow();
        var invitation = groups.openInvitations(derby.id()).get(0);
        String d = "/groups/" + Demo.DERBY;
        assertThat(perform(
                                "POST /groups/{slug}/invitations/{invitationId}/accept",
                                post(d + "/invitations/" + invitation.id() + "/accept")
                                        .with(csrf()),
                                o.session())
                        .getResponse()
                        .getStatus())
                .as("only the invited person answers")
                .isEqualTo(403);
        assertThat(perform(
                                "POST /groups/{slug}/invitations/{invitationId}/decline",
                                post(d + "/invitations/" + invitation.id() + "/decline")
                                        .with(csrf()),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(
                                "POST /groups/{slug}/invitations/{invitationId}/withdraw",
                                post(d + "/invitations/" + invitation.id() + "/withdraw")
                                        .with(csrf()),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(groups.invitation(invitation.id()).orElseThrow().open()).isTrue();
        assertThat(perform("POST /groups/{slug}/leave", post(d + "/leave").with(csrf()), o.session())
                        .getResponse()
                        .getStatus())
                .as("leaving a group one is not in")
                .isEqualTo(403);
        var offer = groups.vacancies().stream()
                .filter(v -> v.group().id() == derby.id())
                .flatMap(v -> v.volunteers().stream())
                .findFirst()
                .orElseThrow();
        assertThat(perform(
                                "POST /groups/{slug}/volunteers/{volunteerId}/decline",
                                post(d + "/volunteers/" + offer.id() + "/decline")
                                        .with(csrf()),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var chair = groups.posts(derby.id()).get(0);
        var holderPage = perform("GET /groups/{slug}/posts/{postId}", get(d + "/posts/" + chair.id()), o.session())
                .getResponse();
        assertThat(holderPage.getStatus()).isEqualTo(403);

        // stakeholders: names and posts for everyone, contact details for the caucuses keeping them
        var stakeholder = people.ofKind(PersonKind.STAKEHOLDER).get(0);
        var stakeholderPage = perform("GET /stakeholders/{id}", get("/stakeholders/" + stakeholder.id()), o.session())
                .getResponse();
        assertThat(stakeholderPage.getStatus()).isEqualTo(200);
        assertThat(stakeholderPage.getContentAsString())
                .contains(stakeholder.fullName())
                .doesNotContain(stakeholder.email(), stakeholder.phone());
        assertThat(perform(
                                "POST /stakeholders/{id}/keepers",
                                post("/stakeholders/" + stakeholder.id() + "/keepers")
                                        .with(csrf())
                                        .param("caucusId", "1"),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        for (String route : List.of("/positions", "/positions/1/end")) {
            assertThat(perform(
                                    "POST /stakeholders/{id}" + route.replace("/1/", "/{positionId}/"),
                                    post("/stakeholders/" + stakeholder.id() + route)
                                            .with(csrf())
                                            .param("category", "MINISTER")
                                            .param("organisation", "x")
                                            .param("role", "y"),
                                    o.session())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(perform(
                                "POST /stakeholders",
                                post("/stakeholders")
                                        .with(csrf())
                                        .param("fullName", "Reach Stakeholder")
                                        .param("category", "MINISTER")
                                        .param("organisation", "x")
                                        .param("role", "y"),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // recording an MP's signature is for a letter's organisers
        assertThat(perform(
                                "POST /letters/{id}/signatures",
                                post("/letters/" + letters.all().get(0).id() + "/signatures")
                                        .with(csrf())
                                        .param("personId", "1")
                                        .param("confirmation", "said so"),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // and an engagement's attendees and follow-ups are for a caucus's officers
        assertThat(perform(
                                "POST /engagements",
                                post("/engagements")
                                        .with(csrf())
                                        .param(
                                                "caucusId",
                                                String.valueOf(groups.find(Demo.RED_WALL)
                                                        .orElseThrow()
                                                        .id()))
                                        .param("kind", "MEETING")
                                        .param("title", "x")
                                        .param("startsAt", "2026-01-01T10:00")
                                        .param("attendees", "1"),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var engagement = mvc.perform(get("/engagements").session(o.session()))
                .andReturn()
                .getResponse();
        assertThat(engagement.getStatus()).isEqualTo(200);
        for (String route : List.of("/engagements/{id}", "/engagements/{id}/follow-ups")) {
            var request = route.endsWith("follow-ups")
                    ? post("/engagements/1/follow-ups")
                            .with(csrf())
                            .param("action", "x")
                            .param("ownerId", "1")
                            .param("dueOn", "2026-01-01")
                    : get("/engagements/1");
            assertThat(perform((route.endsWith("follow-ups") ? "POST " : "GET ") + route, request, o.session())
                            .getResponse()
                            .getStatus())
                    .isIn(403, 404);
        }
        assertThat(perform("GET /people/new", get("/people/new"), o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(perform(
                                "GET /groups/{slug}/import",
                                get("/groups/" + o.group().slug() + "/import"),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(perform("GET /stakeholders", get("/stakeholders"), o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(perform("GET /admin/accounts", get("/admin/accounts"), o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(
                                "POST /admin/accounts",
                                post("/admin/accounts")
                                        .with(csrf())
                                        .param("email", "reach@example.net")
                                        .param("personId", "1"),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform("GET /admin/retention", get("/admin/retention"), o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform("POST /admin/retention", post("/admin/retention").with(csrf()), o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var published = letters.all().stream()
                .filter(l -> l.status() == org.convener.letters.LetterStatus.PUBLISHED)
                .findFirst()
                .orElseThrow();
        var signature = letters.liveSignatures(published.id()).get(0);
        assertThat(perform(
                                "POST /letters/{id}/signatures/{signatureId}/withdraw",
                                post("/letters/" + published.id() + "/signatures/" + signature.id() + "/withdraw")
                                        .with(csrf()),
                                o.session())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    /**
     * A route shows or changes a person when it takes a person (or a membership, an invitation, an
     * offer, a file of people) or lists people with their details: all of them must have been tried.
     */
    private void assertEveryRouteAboutAPersonWasTried() {
        var aboutPeople = new TreeSet<String>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues()
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> {
                                    String route = method.name() + " " + pattern;
                                    if (pattern.startsWith("/people")
                                            || pattern.startsWith("/stakeholders")
                                            || pattern.startsWith("/admin/accounts")
                                            || pattern.equals("/admin/retention")
                                            || pattern.equals("/groups/{slug}")
                                            || pattern.matches(
                                                    "/groups/\\{slug}/(members|import|invitations|leave|volunteers|posts).*")
                                            || pattern.matches("/letters/\\{id}/signatures.*")
                                            || pattern.matches("/engagements(/\\{id})?(/follow-ups)?")) {
                                        aboutPeople.add(route);
                                    }
                                })));
        // routes that only change a post, an account's password or lock, or an engagement's text, name no one new
        aboutPeople.removeAll(Set.of(
                "POST /groups/{slug}/posts",
                "POST /groups/{slug}/posts/{postId}/vacate",
                "GET /engagements",
                "GET /engagements/new",
                "POST /admin/accounts/{id}/reset",
                "POST /admin/accounts/{id}/unlock",
                "POST /admin/accounts/{id}/enabled"));
        assertThat(tried)
                .as("routes about a person this test tries; a new one must be added to it")
                .containsAll(aboutPeople);
    }

    @Test
    void whatTheRulesAllowOpensTheRecordAndLeavingClosesIt() throws Exception {
        Organiser o = organiser();
        String g = "/groups/" + o.group().slug();

        // a person the organiser adds on the new-person form, or in a file, is theirs to see
        var made = mvc.perform(post("/people")
                        .with(csrf())
                        .session(o.session())
                        .param("fullName", "Reach Newcomer")
                        .param("phone", "07700 900777")
                        .param("groupId", String.valueOf(o.group().id())))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var page = mvc.perform(get(made).session(o.session())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("07700 900777");
        long newcomer = Long.parseLong(made.substring("/people/".length()));
        var file = new MockMultipartFile(
                "file",
                "new.csv",
                "text/csv",
                "full_name,email,phone\nReach Filed,reach-filed-%d@example.net,07700 900778\n"
                        .formatted(SERIAL.incrementAndGet())
                        .getBytes(StandardCharsets.UTF_8));
        String preview = mvc.perform(
                        multipart(g + "/import").file(file).with(csrf()).session(o.session()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(mvc.perform(post(preview).with(csrf()).session(o.session()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(g);
        var csv = mvc.perform(get(g + "/members.csv").session(o.session()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains("07700 900777", "07700 900778");

        // someone they can already see, they may bring into another group they run, by id or by file
        Group second = localGroup("Reach second group");
        AuditActor.as("test", () -> groups.join(second.id(), o.person().id(), Role.ORGANISER, groups.today()));
        var added = mvc.perform(post("/groups/" + second.slug() + "/members")
                        .with(csrf())
                        .session(o.session())
                        .param("personId", String.valueOf(newcomer))
                        .param("role", "MEMBER"))
                .andReturn();
        assertThat(added.getFlashMap().get("notice")).asString().contains("Added Reach Newcomer");
        assertThat(groups.currentMemberships(second.id()))
                .filteredOn(m -> m.personId() == newcomer)
                .singleElement()
                .satisfies(m -> assertThat(m.origin()).isEqualTo(Origin.SIGHTED));

        // an MP they invite can accept, and then they see the MP's record; once the MP leaves, they do not
        Target mp = target("Reach Invited MP", PersonKind.MP, "E14001194");
        var mpSession = account("reach-mp-" + SERIAL.incrementAndGet() + "@example.net", mp.person());
        var invited = mvc.perform(post(g + "/invitations")
                        .with(csrf())
                        .session(o.session())
                        .param("personId", String.valueOf(mp.person().id())))
                .andReturn();
        assertThat(invited.getFlashMap().get("notice")).asString().contains("is invited");
        assertNothingOf(
                mp,
                mvc.perform(get("/people/" + mp.person().id()).session(o.session()))
                        .andReturn()
                        .getResponse());
        var own = mvc.perform(get("/people/" + mp.person().id() + "/groups").session(mpSession))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains(o.group().name() + "</strong> invited you", "Accept");
        var invitation = groups.openInvitations(o.group().id()).get(0);
        assertThat(mvc.perform(post(g + "/invitations/" + invitation.id() + "/accept")
                                .with(csrf())
                                .session(mpSession))
                        .andReturn()
                        .getFlashMap()
                        .get("notice"))
                .asString()
                .contains("You have joined");
        var seen = mvc.perform(get("/people/" + mp.person().id()).session(o.session()))
                .andReturn()
                .getResponse();
        assertThat(seen.getContentAsString()).contains(mp.phone(), mp.notes());
        assertThat(mvc.perform(get("/people/" + mp.person().id() + "/groups").session(mpSession))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("by accepting an invitation", "Leave");
        mvc.perform(post(g + "/leave").with(csrf()).session(mpSession));
        assertThat(member(o.group(), mp.person())).isFalse();
        assertNothingOf(
                mp,
                mvc.perform(get("/people/" + mp.person().id()).session(o.session()))
                        .andReturn()
                        .getResponse());
        assertThat(mvc.perform(get("/people/" + mp.person().id() + "/edit").session(o.session()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aCaucusOfficerAddsAnMpWhoSeesItOnTheirOwnPageAndCanLeave() throws Exception {
        int n = SERIAL.incrementAndGet();
        Group caucus = AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.CAUCUS, "Reach caucus " + n, "reach-caucus-" + n, null, false, List.of()));
        Target convener = target("Reach Convener", PersonKind.MP, "E14001079");
        AuditActor.as("test", () -> groups.join(caucus.id(), convener.person().id(), Role.CONVENER, groups.today()));
        var officer = account("reach-convener-" + n + "@example.net", convener.person());
        Target mp = target("Reach Caucus MP", PersonKind.MP, "E14001193");
        var mpSession = account("reach-caucus-mp-" + n + "@example.net", mp.person());
        Target activist = target("Reach Activist", PersonKind.ACTIVIST, "E14001193");

        assertNothingOf(
                mp,
                mvc.perform(get("/people/" + mp.person().id()).session(officer))
                        .andReturn()
                        .getResponse());
        var added = mvc.perform(post("/groups/" + caucus.slug() + "/members")
                        .with(csrf())
                        .session(officer)
                        .param("personId", String.valueOf(mp.person().id()))
                        .param("role", "MEMBER"))
                .andReturn();
        assertThat(added.getFlashMap().get("notice")).asString().contains("Added");
        // a caucus takes MPs and staff, and an officer cannot bring in someone they cannot see
        var refused = mvc.perform(post("/groups/" + caucus.slug() + "/members")
                        .with(csrf())
                        .session(officer)
                        .param("personId", String.valueOf(activist.person().id())))
                .andReturn();
        assertThat(refused.getFlashMap().get("error")).isNotNull();

        assertThat(mvc.perform(get("/people/" + mp.person().id()).session(officer))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(mp.phone(), mp.notes());
        String own = mvc.perform(get("/people/" + mp.person().id() + "/groups").session(mpSession))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains(caucus.name(), "by an officer of the caucus", "reach-convener-" + n, "Leave");

        mvc.perform(post("/groups/" + caucus.slug() + "/leave").with(csrf()).session(mpSession));

        assertThat(member(caucus, mp.person())).isFalse();
        assertNothingOf(
                mp,
                mvc.perform(get("/people/" + mp.person().id()).session(officer))
                        .andReturn()
                        .getResponse());
        assertThat(groups.membershipsOf(mp.person().id())).singleElement().satisfies(m -> {
            assertThat(m.origin()).isEqualTo(Origin.CAUCUS_OFFICER);
            assertThat(m.endReason()).isEqualTo("left of their own accord");
        });
    }

    @Test
    void theReproductionFromTheIssueFailsCleanly() throws Exception {
        var organiser = DemoData.signIn(mvc, DemoData.ORGANISER);
        var derby = groups.find(Demo.DERBY).orElseThrow();
        Person kinnock = people.mps().stream()
                .filter(p -> p.fullName().equals("Stephen Kinnock"))
                .findFirst()
                .orElseThrow();
        Person atkinson = people.findByNameAndConstituency("Catherine Atkinson", "E14001193")
                .get(0);
        AuditActor.as(
                "test",
                () -> people.update(
                        atkinson.id(),
                        new PersonDraft(
                                atkinson.fullName(),
                                PersonKind.MP,
                                atkinson.constituencyCode(),
                                atkinson.email(),
                                "020 7219 0001",
                                "House of Commons, London SW1A 0AA",
                                "reach: constituency casework notes",
                                atkinson.tags())));

        var added = mvc.perform(post("/groups/" + Demo.DERBY + "/members")
                        .with(csrf())
                        .session(organiser)
                        .param("personId", String.valueOf(kinnock.id())))
                .andReturn();
        assertThat(added.getFlashMap().get("notice")).isNull();
        assertThat(added.getFlashMap().get("error"))
                .asString()
                .contains("Stephen Kinnock is not someone whose record you can see", "invite them instead");
        assertThat(member(derby, kinnock)).isFalse();

        var file = new MockMultipartFile(
                "file",
                "mp.csv",
                "text/csv",
                "full_name,constituency_code\nCatherine Atkinson,E14001193\n".getBytes(StandardCharsets.UTF_8));
        String preview = mvc.perform(multipart("/groups/" + Demo.DERBY + "/import")
                        .file(file)
                        .with(csrf())
                        .session(organiser))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(mvc.perform(get(preview).session(organiser))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<td class=\"num\">2</td><td>full_name</td>", "has this name and constituency");
        var committed =
                mvc.perform(post(preview).with(csrf()).session(organiser)).andReturn();
        assertThat(committed.getFlashMap().get("error")).asString().startsWith("Nothing was imported");
        assertThat(member(derby, atkinson)).isFalse();

        String page = mvc.perform(get("/people/" + atkinson.id()).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Catherine Atkinson").doesNotContain("020 7219 0001", "SW1A 0AA", "casework");
        assertThat(mvc.perform(post("/people/" + atkinson.id())
                                .with(csrf())
                                .session(organiser)
                                .param("fullName", "Catherine Atkinson")
                                .param("notes", "new notes"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/people/" + atkinson.id() + "/consent")
                                .with(csrf())
                                .session(organiser)
                                .param("channel", "EMAIL")
                                .param("granted", "false")
                                .param("method", "withdrawn"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(people.find(atkinson.id()).orElseThrow().notes()).isEqualTo("reach: constituency casework notes");
        assertThat(people.consentHistory(atkinson.id())).isEmpty();
    }
}
