package org.convener.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.convener.DemoData;
import org.convener.people.DataProtection;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Against the running server: erasing a person, or disabling their account, ends their sessions
 * there and then, so the session (which holds the account's email) does not outlive them.
 */
// sessions in the database, as in production (the shared test context keeps them in the container)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration")
class SignedInSessionsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    DataProtection dataProtection;

    @Autowired
    Accounts accounts;

    @Autowired
    SignedInSessions sessions;

    /** A browser-like client, signed in as a new person's account; returns it with its session id. */
    private record Client(HttpClient http, CookieManager cookies, long accountId, Person person) {

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }
    }

    private Client signedIn() throws Exception {
        int n = SERIAL.incrementAndGet();
        String email = "session-" + n + "-" + System.nanoTime() + "@example.net";
        Person person = AuditActor.as(
                "test",
                () -> people.create(new PersonDraft(
                        "Session Person " + n, PersonKind.ACTIVIST, null, email, null, null, null, Set.of())));
        var made = AuditActor.as("test", () -> accounts.create(email, person.id(), false));
        AuditActor.as(
                "test", () -> accounts.changePassword(made.account().id(), made.oneTimePassword(), DemoData.PASSWORD));
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        var token = CSRF.matcher(form);
        assertThat(token.find()).as("the sign-in form's token").isTrue();
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var signIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
        assertThat(status(http, "/account")).isEqualTo(200);
        return new Client(http, cookies, made.account().id(), person);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private int status(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void erasingAPersonEndsTheirSessionsAtOnce() throws Exception {
        Client client = signedIn();
        String session = client.sessionId();
        assertThat(sessions.live(session)).isTrue();

        AuditActor.as("test", () -> dataProtection.erase(client.person().id()));

        assertThat(sessions.live(session))
                .as("the session, before any further request")
                .isFalse();
        assertThat(status(client.http(), "/account")).isEqualTo(302);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
        Client client = signedIn();
        String session = client.sessionId();

        AuditActor.as("test", () -> accounts.setEnabled(client.accountId(), false));

        assertThat(sessions.live(session)).isFalse();
        assertThat(status(client.http(), "/account")).isEqualTo(302);
    }
}
