package org.convener.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.accounts.Invitations;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.mail.MailCategory;
import org.convener.platform.mail.Outbox;
import org.convener.platform.mail.OutgoingMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

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
                "/login/forgot",
                "/login/reset/" + "A".repeat(43),
                "/account/invitation/" + "A".repeat(43),
                "/unsubscribe/" + "A".repeat(43),
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
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/home");
        assertThat(signedIn.getRequest().getSession(false)).isNotNull();
    }

    /** The password links are used by people not signed in: opening one, and using it, makes no session. */
    @Test
    void passwordLinksAndForgotPasswordMakeNoSession() throws Exception {
        String invited = "visitor-invited@example.net";
        var invitation = AuditActor.as("test", () -> invitations.invite(invited, null, null, false));
        String forgetful = "visitor-forgetful@example.net";
        AuditActor.as("test", () -> accounts.create(forgetful, null, false));

        MockHttpServletResponse form =
                mvc.perform(get("/login/forgot")).andReturn().getResponse();
        Cookie token = form.getCookie("XSRF-TOKEN");
        var field = TOKEN.matcher(form.getContentAsString());
        assertThat(field.find()).isTrue();
        MvcResult asked = mvc.perform(post("/login/forgot")
                        .cookie(token)
                        .param("_csrf", field.group(1))
                        .param("email", forgetful))
                .andReturn();
        assertThat(asked.getResponse().getStatus()).isEqualTo(200);
        assertThat(asked.getRequest().getSession(false)).as("asking for a link").isNull();

        String invitationLink = "/account/invitation/" + secret("invitation:" + invitation.id());
        String resetLink = "/login/reset/"
                + secret(jdbc.sql("select reference from platform.outbox_message where to_address = ?")
                        .param(forgetful)
                        .query(String.class)
                        .single());
        for (String link : List.of(invitationLink, resetLink)) {
            MvcResult opened = mvc.perform(get(link)).andReturn();
            assertThat(opened.getResponse().getStatus()).as(link).isEqualTo(200);
            assertThat(opened.getRequest().getSession(false))
                    .as("opening " + link)
                    .isNull();
            MvcResult refused = mvc.perform(post(link)
                            .cookie(token)
                            .param("_csrf", field.group(1))
                            .param("chosen", "short")
                            .param("repeated", "short"))
                    .andReturn();
            assertThat(refused.getResponse().getStatus()).as(link).isEqualTo(422);
            assertThat(refused.getRequest().getSession(false))
                    .as("a refused password at " + link)
                    .isNull();
            MvcResult chosen = mvc.perform(post(link)
                            .cookie(token)
                            .param("_csrf", field.group(1))
                            .param("chosen", "a long and private passphrase")
                            .param("repeated", "a long and private passphrase"))
                    .andReturn();
            assertThat(chosen.getResponse().getRedirectedUrl()).as(link).startsWith("/login?ready");
            assertThat(chosen.getRequest().getSession(false))
                    .as("choosing at " + link)
                    .isNull();
        }
        assertThat(accounts.find(invited)).isPresent();
    }

    /** Unsubscribing, from the page or in one click from a mail program, makes no session either. */
    @Test
    void unsubscribingMakesNoSession() throws Exception {
        String email = "visitor-reader@example.net";
        Person reader = AuditActor.as(
                "test",
                () -> people.create(new PersonDraft(
                        "Visitor Reader", PersonKind.ACTIVIST, null, email, null, null, null, Set.of())));
        AuditActor.as("test", () -> people.recordConsent(reader.id(), Channel.EMAIL, true, "test"));
        var queued = List.of(
                outbox.queue(OutgoingMessage.of(
                        MailCategory.BULK, "test-bulk:1", reader.id(), email, null, "News", "Some news.")),
                outbox.queue(OutgoingMessage.of(
                        MailCategory.BULK, "test-bulk:2", reader.id(), email, null, "More news", "More.")));
        var links = queued.stream()
                .map(id -> "/unsubscribe/"
                        + jdbc.sql("select link_secret from platform.outbox_message where id = ?")
                                .param(id)
                                .query(String.class)
                                .single())
                .toList();

        MockHttpServletResponse form = mvc.perform(get("/login")).andReturn().getResponse();
        Cookie token = form.getCookie("XSRF-TOKEN");
        var field = TOKEN.matcher(form.getContentAsString());
        assertThat(field.find()).isTrue();

        MvcResult opened = mvc.perform(get(links.get(0))).andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        assertThat(opened.getRequest().getSession(false)).as("opening the link").isNull();
        MvcResult confirmed = mvc.perform(post(links.get(0)).cookie(token).param("_csrf", field.group(1)))
                .andReturn();
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(200);
        assertThat(confirmed.getRequest().getSession(false))
                .as("the page's button")
                .isNull();
        assertThat(people.consents(reader.id()).get(Channel.EMAIL).granted()).isFalse();

        MvcResult oneClick = mvc.perform(post(links.get(1))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andReturn();
        assertThat(oneClick.getResponse().getStatus()).isEqualTo(200);
        assertThat(oneClick.getRequest().getSession(false)).as("one click").isNull();
    }

    private String secret(String reference) {
        return jdbc.sql("select link_secret from platform.outbox_message where reference = ?")
                .param(reference)
                .query(String.class)
                .single();
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
