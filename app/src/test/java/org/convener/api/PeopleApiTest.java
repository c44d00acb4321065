package org.convener.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.security.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal data through the API follows exactly the rules of the pages: for each role and each
 * endpoint that carries people, what the API gives is compared with what the pages show the same
 * account: the same people, and a record (contact details) exactly where the page shows one.
 */
@ConvenerTest
class PeopleApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    @Autowired
    ApiTokens tokens;

    @Autowired
    People people;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void demo() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    private JsonNode api(String path, String token) throws Exception {
        var response = mvc.perform(get(path).header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        if (response.getStatus() == 404) {
            return null;
        }
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Every person the API lists, by id, with whether it gives their record. */
    private Map<Long, Boolean> listed(String token) throws Exception {
        var seen = new TreeMap<Long, Boolean>();
        String cursor = null;
        do {
            JsonNode page = api("/api/v1/people?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), token);
            for (JsonNode p : page.get("items")) {
                assertThat(seen.put(p.get("id").asLong(), !p.get("record").isNull()))
                        .isNull();
            }
            cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (cursor != null);
        return seen;
    }

    /** Every person the /people pages list for the session, by id, with whether their page shows contact details. */
    private Map<Long, Boolean> pages(MockHttpSession session, List<Person> candidates) throws Exception {
        var shown = new TreeMap<Long, Boolean>();
        for (Person p : candidates) {
            var page = mvc.perform(get("/people/" + p.id()).session(session))
                    .andReturn()
                    .getResponse();
            if (page.getStatus() == 200) {
                shown.put(
                        p.id(), page.getContentAsString(StandardCharsets.UTF_8).contains("<dt>Email</dt>"));
            } else {
                assertThat(page.getStatus()).isIn(403, 404);
            }
        }
        return shown;
    }

    /**
     * Everyone not erased but the MPs, and a few MPs (whose public facts everyone signed in sees):
     * the candidates each role's view is drawn from.
     */
    private List<Person> everyone() {
        var all = allPeople();
        var mps = all.stream()
                .filter(p -> p.kind() == org.convener.people.PersonKind.MP)
                .toList();
        var chosen = new ArrayList<>(all.stream()
                .filter(p -> p.kind() != org.convener.people.PersonKind.MP)
                .toList());
        chosen.addAll(mps.subList(0, Math.min(10, mps.size())));
        // the demo's MP with an account, a member of the caucus
        mps.stream()
                .filter(p -> p.email() != null && p.email().equals(DemoData.MEMBER_MP))
                .forEach(chosen::add);
        return chosen.stream().distinct().toList();
    }

    private List<Person> allPeople() {
        var all = new ArrayList<Person>();
        for (int page = 1; ; page++) {
            var found = people.search(
                    null,
                    null,
                    null,
                    null,
                    new org.convener.platform.CurrentUser(
                            0, "admin", null, java.util.Set.of(org.convener.platform.CurrentUser.ADMIN)),
                    page);
            all.addAll(found.people());
            if (page >= found.pages()) {
                return all;
            }
        }
    }

    private void listFollowsThePages(String email) throws Exception {
        var session = DemoData.signIn(mvc, email);
        String token = DemoData.token(accounts, tokens, email);
        var everyone = everyone();
        var listed = listed(token);
        var candidates = everyone.stream().map(Person::id).collect(java.util.stream.Collectors.toSet());
        listed.keySet().retainAll(candidates);
        assertThat(listed).as("people listed for " + email).isEqualTo(pages(session, everyone));
    }

    private void onePersonFollowsThePage(String email) throws Exception {
        var session = DemoData.signIn(mvc, email);
        String token = DemoData.token(accounts, tokens, email);
        var byApi = new LinkedHashMap<Long, Boolean>();
        var everyone = everyone();
        for (Person p : everyone) {
            JsonNode person = api("/api/v1/people/" + p.id(), token);
            if (person != null) {
                byApi.put(p.id(), !person.get("record").isNull());
                if (!person.get("record").isNull()) {
                    assertThat(
                                    person.at("/record/email").isNull()
                                            ? null
                                            : person.at("/record/email").asText())
                            .isEqualTo(p.email());
                }
            }
        }
        assertThat(new TreeMap<>(byApi)).as("people one by one for " + email).isEqualTo(pages(session, everyone));
        assertThat(byApi.containsValue(true) || email.equals(DemoData.MEMBER)).isTrue();
    }

    @Test
    void memberListed() throws Exception {
        listFollowsThePages(DemoData.MEMBER);
    }

    @Test
    void memberOneByOne() throws Exception {
        onePersonFollowsThePage(DemoData.MEMBER);
    }

    @Test
    void organiserListed() throws Exception {
        listFollowsThePages(DemoData.ORGANISER);
    }

    @Test
    void organiserOneByOne() throws Exception {
        onePersonFollowsThePage(DemoData.ORGANISER);
    }

    @Test
    void officerListed() throws Exception {
        listFollowsThePages(DemoData.CONVENER);
    }

    @Test
    void officerOneByOne() throws Exception {
        onePersonFollowsThePage(DemoData.CONVENER);
    }

    @Test
    void administratorListed() throws Exception {
        listFollowsThePages(DemoData.ADMIN);
    }

    @Test
    void administratorOneByOne() throws Exception {
        onePersonFollowsThePage(DemoData.ADMIN);
    }

    @Test
    void visitorsGetNoPeople() throws Exception {
        assertThat(mvc.perform(get("/api/v1/people")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/people/1"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }
}
