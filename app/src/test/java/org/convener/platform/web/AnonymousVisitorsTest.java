package org.convener.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Pattern;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A visitor who is not signed in costs the server no session, whatever they read or try. In a
 * context of its own: the test support's {@code csrf()}, which other classes use, swaps the
 * shared context's CSRF token store for one kept in sessions.
 */
@ConvenerTest
@TestPropertySource(properties = "convener.test.context=anonymous-visitors")
class AnonymousVisitorsTest {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Accounts accounts;

    /** A context left by another test class on this thread would make these requests someone's. */
    @BeforeEach
    void nobodySignedIn() {
        SecurityContextHolder.clearContext();
        TestSecurityContextHolder.clearContext();
    }

    @Test
    void readingPublicPagesMakesNoSession() throws Exception {
        OfficialData.imported(imports);
        for (String path : List.of(
                "/",
                "/seats",
                "/seats/E14001063",
                "/seats.csv",
                "/map",
                "/seats/runner-up",
                "/polls",
                "/projection",
                "/projection/seats/E14001063",
                "/sets",
                "/sources",
                "/login",
                "/login?failed",
                "/groups",
                "/admin/accounts",
                "/no-such-page",
                "/seats?minMajority=abc")) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(result.getResponse().getCookie("JSESSIONID")).as(path).isNull();
        }
    }

    @Test
    void aFailedSignInMakesNoSessionAndARealOneUsesTheCookieToken() throws Exception {
        var made = AuditActor.as("test", () -> accounts.create("visitor-token@example.net", null, false));
        MockHttpServletResponse form = mvc.perform(get("/login")).andReturn().getResponse();
        Cookie token = form.getCookie("XSRF-TOKEN");
        assertThat(token).as("the visitor's token travels in a cookie").isNotNull();
        assertThat(token.isHttpOnly()).isTrue();
        var field = TOKEN.matcher(form.getContentAsString());
        assertThat(field.find()).isTrue();

        MvcResult failed = mvc.perform(post("/login")
                        .cookie(token)
                        .param("_csrf", field.group(1))
                        .param("email", "visitor-token@example.net")
                        .param("password", "not the password"))
                .andReturn();
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?failed");
        assertThat(failed.getRequest().getSession(false)).isNull();

        MvcResult forged = mvc.perform(post("/login")
                        .param("email", "visitor-token@example.net")
                        .param("password", made.oneTimePassword()))
                .andReturn();
        assertThat(forged.getResponse().getStatus()).as("no token, no sign-in").isEqualTo(403);

        MvcResult signedIn = mvc.perform(post("/login")
                        .cookie(token)
                        .param("_csrf", field.group(1))
                        .param("email", "visitor-token@example.net")
                        .param("password", made.oneTimePassword()))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(signedIn.getRequest().getSession(false)).isNotNull();
    }

    @Test
    void aProtectedPageSendsTheVisitorToSignInAndBackWithoutASession() throws Exception {
        MvcResult result = mvc.perform(get("/groups")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getCookie("REDIRECT_URI")).isNotNull();
    }

    @Test
    void aFragmentLoadedIntoAPageIsNotWhereTheNextSignInLands() throws Exception {
        MvcResult fragment = mvc.perform(get("/library/linked/ask/1").header("HX-Request", "true"))
                .andReturn();
        assertThat(fragment.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(fragment.getResponse().getCookie("REDIRECT_URI")).isNull();
    }
}
