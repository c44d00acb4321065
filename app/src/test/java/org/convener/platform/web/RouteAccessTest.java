package org.convener.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.RouteTable.Visitor;
import org.convener.demo.Demo;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
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

    private static final int LOGIN = RouteTable.LOGIN;

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
    CommandLineInterface cli;

    @Autowired
    ApplicationContext beans;

    final Map<Visitor, MockHttpSession> sessions = new EnumMap<>(Visitor.class);
    final Map<Visitor, String> tokens = new EnumMap<>(Visitor.class);

    @Autowired
    org.convener.platform.security.ApiTokens apiTokens;

    final List<RouteTable.Check> checks = new ArrayList<>();

    @BeforeEach
    void signInEveryone() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
        sessions.put(Visitor.MEMBER, DemoData.signIn(mvc, DemoData.MEMBER));
        sessions.put(Visitor.ORGANISER, DemoData.signIn(mvc, DemoData.ORGANISER));
        sessions.put(Visitor.OFFICER, DemoData.signIn(mvc, DemoData.CONVENER));
        sessions.put(Visitor.ADMIN, DemoData.signIn(mvc, DemoData.ADMIN));
        var emails = Map.of(
                Visitor.MEMBER, DemoData.MEMBER,
                Visitor.ORGANISER, DemoData.ORGANISER,
                Visitor.OFFICER, DemoData.CONVENER,
                Visitor.ADMIN, DemoData.ADMIN);
        emails.forEach((visitor, email) -> tokens.put(visitor, DemoData.token(accounts, apiTokens, email)));
        table();
    }

    /** Every module's rows, from each {@link RouteChecks} on the test class path, in class-name order. */
    private void table() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RouteChecks.class));
        var table = new RouteTable();
        var found = new TreeSet<String>();
        scanner.findCandidateComponents("org.convener").forEach(candidate -> found.add(candidate.getBeanClassName()));
        for (String name : found) {
            var rows = (RouteChecks) Class.forName(name).getConstructor().newInstance();
            rows.describe(table, beans);
        }
        checks.addAll(table.checks());
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
        for (RouteTable.Check check : checks) {
            for (Visitor visitor : Visitor.values()) {
                MvcResult result = mvc.perform(request(check, visitor, true)).andReturn();
                int status = result.getResponse().getStatus();
                int expected = check.expected().get(visitor);
                boolean right = expected == LOGIN
                        ? status == 302
                                && String.valueOf(result.getResponse().getRedirectedUrl())
                                        .endsWith("/login")
                        : status == expected;
                if (!right) {
                    wrong.put(
                            check.method() + " " + check.path() + " as " + visitor,
                            status + " " + result.getResponse().getRedirectedUrl() + ", expected "
                                    + (expected == LOGIN ? "sign-in" : expected));
                }
            }
        }
        assertThat(wrong).as("requests answered otherwise than the table says").isEmpty();
    }

    @Test
    void everyChangeNeedsACsrfToken() throws Exception {
        for (RouteTable.Check check : checks) {
            // API routes take no cookies and so need no CSRF token (ApiTest shows a session cannot write there)
            if (check.method().equals("GET") || !check.csrf() || check.token()) {
                continue;
            }
            for (Visitor visitor : Visitor.values()) {
                int status = mvc.perform(request(check, visitor, false))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status)
                        .as(check.method() + " " + check.path() + " as " + visitor + " without a CSRF token")
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void publicPagesTakeNoWrites() throws Exception {
        for (String path : List.of(
                "/",
                "/seats",
                "/seats/E14001079",
                "/map",
                "/sources",
                "/polls",
                "/projection",
                "/sets",
                "/sets/redwall")) {
            for (Visitor visitor : Visitor.values()) {
                var request = post(path).with(csrf());
                if (visitor != Visitor.ANONYMOUS) {
                    request.session(sessions.get(visitor));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                if (visitor == Visitor.ANONYMOUS) {
                    // refused, and asked to sign in: no one may write here either way
                    assertThat(response.getRedirectedUrl())
                            .as("POST " + path + " anonymously")
                            .endsWith("/login");
                } else {
                    assertThat(response.getStatus())
                            .as("POST " + path + " as " + visitor)
                            .isEqualTo(403);
                }
            }
        }
    }

    @Test
    void unknownPathsAreRefused() throws Exception {
        var anonymous = mvc.perform(get("/admin")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/admin").session(sessions.get(Visitor.MEMBER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/seats/E14001079/edit").session(sessions.get(Visitor.ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        var response = mvc.perform(get("/seats")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    private MockHttpServletRequestBuilder request(RouteTable.Check check, Visitor visitor, boolean withCsrf) {
        if (check.token()) {
            MockHttpServletRequestBuilder request =
                    check.method().equals("GET") ? get(check.path()) : post(check.path());
            if (check.params().containsKey("json")) {
                request.contentType("application/json").content(check.params().get("json"));
            }
            if (visitor != Visitor.ANONYMOUS) {
                request.header("Authorization", "Bearer " + tokens.get(visitor));
            }
            return request;
        }
        MockHttpServletRequestBuilder request = switch (check.method()) {
            case "GET" -> get(check.path());
            case "UPLOAD" ->
                multipart(check.path()).file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]));
            default -> post(check.path());
        };
        check.params().forEach(request::param);
        if (withCsrf && check.csrf() && !check.method().equals("GET")) {
            request.with(csrf());
        }
        if (visitor != Visitor.ANONYMOUS) {
            request.session(sessions.get(visitor));
        }
        return request;
    }
}
