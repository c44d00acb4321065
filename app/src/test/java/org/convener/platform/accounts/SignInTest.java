package org.convener.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.convener.ConvenerTest;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.security.SignInThrottle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in through the real form: one-time passwords, growing delays after wrong passwords,
 * sessions, CSRF, hashing, the password policy and the audit of every attempt.
 */
@ConvenerTest
class SignInTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    CommandLineInterface cli;

    @Autowired
    SignInThrottle throttle;

    private NewAccount fresh(boolean admin) {
        String email = "sign-in-" + SERIAL.incrementAndGet() + "@example.net";
        return AuditActor.as("test", () -> accounts.create(email, null, admin));
    }

    private MvcResult signIn(String email, String password) throws Exception {
        return mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(password))
                .andReturn();
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        NewAccount made = fresh(false);
        MvcResult signedIn = signIn(made.account().email(), made.oneTimePassword());
        var session = (MockHttpSession) signedIn.getRequest().getSession(false);

        var elsewhere = mvc.perform(get("/groups").session(session)).andReturn().getResponse();
        assertThat(elsewhere.getRedirectedUrl()).isEqualTo("/account/password");

        var refused = mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", made.oneTimePassword())
                        .param("chosen", "short")
                        .param("repeated", "short"))
                .andReturn()
                .getResponse();
        assertThat(refused.getContentAsString()).contains("A password needs at least 12 characters");
        assertThat(accounts.find(made.account().id()).orElseThrow().mustChangePassword())
                .isTrue();

        var changed = mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", made.oneTimePassword())
                        .param("chosen", "a much longer passphrase")
                        .param("repeated", "a much longer passphrase"))
                .andReturn()
                .getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/account");
        assertThat(mvc.perform(get("/groups").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(accounts.passwordMatches(made.account().id(), made.oneTimePassword()))
                .isFalse();
    }

    /** A sign-in form POST from a given client address, with the device cookie it holds, if any. */
    private MvcResult attempt(String address, String email, String password, Cookie... cookies) throws Exception {
        var request = post("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn();
    }

    private static String outcome(MvcResult result) {
        String to = result.getResponse().getRedirectedUrl();
        return to == null ? "status " + result.getResponse().getStatus() : to.replaceAll("\\?wait=\\d+.*", "?wait");
    }

    @Test
    void wrongPasswordsFromOneAddressSlowThatAddressAndNoOtherOne() throws Exception {
        NewAccount made = fresh(false);
        String email = made.account().email();
        String guesser = "203.0.113." + SERIAL.incrementAndGet();
        // guesses spread over many accounts, as in credential stuffing: each account sees one
        for (int i = 0; i <= SignInThrottle.FREE_PER_ADDRESS; i++) {
            assertThat(outcome(attempt(guesser, "nobody-" + i + "-" + guesser + "@example.net", "wrong password")))
                    .isEqualTo("/login?failed");
        }
        var held = attempt(guesser, email, made.oneTimePassword());
        assertThat(outcome(held)).as("even the right password waits").isEqualTo("/login?wait");
        assertThat(held.getResponse().getHeader("Retry-After")).isEqualTo("1");
        assertThat(held.getRequest().getSession(false)).isNull();
        assertThat(accounts.find(email).orElseThrow().lastSignInAt()).isNull();

        assertThat(outcome(attempt("198.51.100." + SERIAL.incrementAndGet(), email, made.oneTimePassword())))
                .isEqualTo("/account");
        assertThat(accounts.find(email).orElseThrow().lastSignInAt()).isNotNull();

        String page = mvc.perform(get(held.getResponse().getRedirectedUrl()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("signing in is paused: please wait a second");
    }

    @Test
    void delaysGrowWithEachFailureUpToFifteenMinutes() {
        assertThat(SignInThrottle.delayAfter(5, 5)).isZero();
        assertThat(List.of(6, 7, 8, 9, 15).stream()
                        .map(n -> SignInThrottle.delayAfter(n, 5).toSeconds())
                        .toList())
                .containsExactly(1L, 2L, 4L, 8L, 512L);
        assertThat(SignInThrottle.delayAfter(16, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delayAfter(1_000, 5)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAttackersWrongPasswordsDoNotKeepTheOwnerOutOfTheirUsualClient() throws Exception {
        NewAccount made = fresh(false);
        String email = made.account().email();
        String home = "198.51.100." + SERIAL.incrementAndGet();
        var first = attempt(home, email, made.oneTimePassword());
        assertThat(outcome(first)).isEqualTo("/account");
        Cookie device = first.getResponse().getCookie("convener-device");
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        String attacker = "203.0.113." + SERIAL.incrementAndGet();
        var outcomes = new java.util.ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            outcomes.add(outcome(attempt(attacker, email, "guess number " + i)));
        }
        assertThat(outcomes.subList(0, SignInThrottle.FREE_PER_ACCOUNT + 1)).containsOnly("/login?failed");
        assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo("/login?wait");
        // a client the account has never used waits too, which is what holds the guesser back
        assertThat(outcome(attempt("192.0.2." + SERIAL.incrementAndGet(), email, made.oneTimePassword())))
                .isEqualTo("/login?wait");

        assertThat(outcome(attempt(home, email, made.oneTimePassword(), device)))
                .as("the owner on their usual client")
                .isEqualTo("/account");

        // an administrator can end the delay for every client at once
        AuditActor.as("test", () -> throttle.forgive(email));
        assertThat(outcome(attempt("192.0.2." + SERIAL.incrementAndGet(), email, made.oneTimePassword())))
                .isEqualTo("/account");
    }

    @Test
    void signInsAndFailuresAreAuditedWithTheClientAddress() throws Exception {
        NewAccount made = fresh(false);
        String address = "198.51.100." + SERIAL.incrementAndGet();
        attempt(address, made.account().email(), "not the password at all");
        attempt(address, made.account().email(), made.oneTimePassword());
        attempt(address, "no-such-account-" + SERIAL.incrementAndGet() + "@example.net", "whatever it is");

        var entries = audit.search(null, null, null, null, null, 1);
        assertThat(entries)
                .filteredOn(
                        r -> r.entityId().equals(String.valueOf(made.account().id())))
                .extracting(r -> r.action() + " " + r.after().get("address") + " "
                        + r.after().get("reason"))
                .contains("signed in " + address + " null", "sign-in failed " + address + " wrong password");
        assertThat(entries)
                .filteredOn(r ->
                        r.action().equals("sign-in failed") && r.entityType().equals("sign-in"))
                .first()
                .satisfies(r -> {
                    assertThat(r.after()).containsEntry("address", address);
                    assertThat(r.after().toString()).doesNotContain("no-such-account");
                });
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherSessions() throws Exception {
        NewAccount made = fresh(false);
        String email = made.account().email();
        var here = (MockHttpSession)
                signIn(email, made.oneTimePassword()).getRequest().getSession(false);
        var elsewhere = (MockHttpSession)
                signIn(email, made.oneTimePassword()).getRequest().getSession(false);

        var changed = mvc.perform(post("/account/password")
                        .session(here)
                        .with(csrf())
                        .param("current", made.oneTimePassword())
                        .param("chosen", "Ferrybridge towers in winter")
                        .param("repeated", "Ferrybridge towers in winter"))
                .andReturn()
                .getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/account");
        assertThat(status(here, "/account")).isEqualTo(200);
        assertThat(mvc.perform(get("/account").session(elsewhere))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");

        // and an administrator's reset ends the remaining one
        var again = (MockHttpSession)
                signIn(email, "Ferrybridge towers in winter").getRequest().getSession(false);
        assertThat(status(again, "/account")).isEqualTo(200);
        AuditActor.as("test", () -> accounts.resetPassword(made.account().id()));
        assertThat(status(here, "/account")).isEqualTo(302);
        assertThat(status(again, "/account")).isEqualTo(302);
    }

    @Test
    void commonPasswordsRepeatsAndOverlongPasswordsAreRefusedByTheFormInItsOwnWords() throws Exception {
        NewAccount made = fresh(false);
        var session = (MockHttpSession) signIn(made.account().email(), made.oneTimePassword())
                .getRequest()
                .getSession(false);
        for (String weak : List.of("aaaaaaaaaaaa", "password1234", "qwertyuiop12", "abcdefghijkl")) {
            assertThat(changeTo(session, made.oneTimePassword(), weak))
                    .as(weak)
                    .contains("That password is too easy to guess");
        }
        // 37 accented letters are 74 bytes: more than bcrypt reads
        assertThat(changeTo(session, made.oneTimePassword(), "é".repeat(37)))
                .contains("A password can be at most 72 bytes long")
                .doesNotContain("cannot be more than 72 bytes");
        assertThat(accounts.passwordMatches(made.account().id(), made.oneTimePassword()))
                .isTrue();
    }

    private String changeTo(MockHttpSession session, String current, String chosen) throws Exception {
        return mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", current)
                        .param("chosen", chosen)
                        .param("repeated", chosen))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int status(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        NewAccount made = fresh(false);
        var before = (MockHttpSession)
                mvc.perform(get("/login")).andReturn().getRequest().getSession();
        String idBefore = before.getId();
        MvcResult signedIn = mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(made.account().email())
                        .password(made.oneTimePassword()))
                .andReturn();
        // MockMvc keeps the session object but Spring Security must have changed its id
        assertThat(signedIn.getRequest().getSession(false)).isNotNull();
        assertThat(signedIn.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
    }

    @Test
    void signingInWithoutACsrfTokenIsRefused() throws Exception {
        NewAccount made = fresh(false);
        var response = mvc.perform(
                        post("/login").param("email", made.account().email()).param("password", made.oneTimePassword()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(accounts.find(made.account().id()).orElseThrow().lastSignInAt())
                .isNull();
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        NewAccount made = fresh(false);
        String hash = accounts.passwordHash(made.account().id());
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain(made.oneTimePassword());
    }

    @Test
    void aDisabledAccountIsSignedOutAtItsNextRequest() throws Exception {
        NewAccount made = fresh(false);
        var session = (MockHttpSession) signIn(made.account().email(), made.oneTimePassword())
                .getRequest()
                .getSession(false);
        mvc.perform(post("/account/password")
                .session(session)
                .with(csrf())
                .param("current", made.oneTimePassword())
                .param("chosen", "Wentbridge viaduct at noon")
                .param("repeated", "Wentbridge viaduct at noon"));
        assertThat(mvc.perform(get("/account").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        AuditActor.as("test", () -> accounts.setEnabled(made.account().id(), false));

        var next = mvc.perform(get("/account").session(session)).andReturn().getResponse();
        assertThat(next.getRedirectedUrl()).endsWith("/login");
        assertThat(signIn(made.account().email(), "Wentbridge viaduct at noon")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?failed");
    }

    @Test
    void adminCreatePrintsAOneTimePasswordThatSignsIn() throws Exception {
        var out = new StringWriter();
        int exit = cli.execute(
                new String[] {"admin", "create", "--email", "first-admin@example.net"},
                new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(exit).isZero();
        var password = Pattern.compile("One-time password \\(shown only now\\): (\\S+)")
                .matcher(out.toString());
        assertThat(password.find()).as(out.toString()).isTrue();
        assertThat(accounts.find("first-admin@example.net").orElseThrow().admin())
                .isTrue();

        var signedIn = signIn("first-admin@example.net", password.group(1));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/account");

        var again = new StringWriter();
        var err = new StringWriter();
        assertThat(cli.execute(
                        new String[] {"admin", "create", "--email", "first-admin@example.net"},
                        new PrintWriter(again),
                        new PrintWriter(err)))
                .isNotZero();
        assertThat(err.toString()).contains("already exists");
    }
}
