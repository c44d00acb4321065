package org.convener.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.convener.ConvenerTest;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in through the real form: one-time passwords, lockout, sessions, CSRF and hashing. */
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

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        NewAccount made = fresh(false);
        String email = made.account().email();
        for (int i = 0; i < Accounts.ATTEMPTS_BEFORE_LOCK; i++) {
            assertThat(signIn(email, "wrong password " + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?failed");
        }
        Account locked = accounts.find(email).orElseThrow();
        assertThat(locked.lockedAt(accounts.clock().instant())).isTrue();
        assertThat(locked.lockedUntil())
                .isAfter(accounts.clock().instant().plus(Accounts.LOCK).minusSeconds(60));

        // even the right password is refused while locked
        assertThat(signIn(email, made.oneTimePassword()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?failed");
        assertThat(audit.search("account", null, null, null, null, 1))
                .anyMatch(r -> r.action().equals("locked")
                        && r.entityId().equals(String.valueOf(made.account().id())));

        AuditActor.as("test", () -> accounts.unlock(made.account().id()));
        assertThat(signIn(email, made.oneTimePassword()).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void aGoodPasswordClearsTheCountOfWrongOnes() throws Exception {
        NewAccount made = fresh(false);
        String email = made.account().email();
        for (int i = 0; i < Accounts.ATTEMPTS_BEFORE_LOCK - 1; i++) {
            signIn(email, "wrong password " + i);
        }
        assertThat(signIn(email, made.oneTimePassword()).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
        signIn(email, "one more wrong password");
        assertThat(accounts.find(email).orElseThrow().lockedAt(accounts.clock().instant()))
                .isFalse();
        assertThat(accounts.find(email).orElseThrow().failedAttempts()).isEqualTo(1);
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
        AuditActor.as(
                "test",
                () -> accounts.changePassword(made.account().id(), made.oneTimePassword(), "a long enough password"));
        assertThat(mvc.perform(get("/account").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        AuditActor.as("test", () -> accounts.setEnabled(made.account().id(), false));

        var next = mvc.perform(get("/account").session(session)).andReturn().getResponse();
        assertThat(next.getRedirectedUrl()).endsWith("/login");
        assertThat(signIn(made.account().email(), "a long enough password")
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
