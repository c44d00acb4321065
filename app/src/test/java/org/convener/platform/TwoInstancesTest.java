package org.convener.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.convener.ConvenerApplication;
import org.convener.DemoData;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.security.ApiScope;
import org.convener.platform.security.ApiTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of Convener on one PostgreSQL, set up as docs/deploy.md says, started at the same
 * moment: the migrations run once; a user signed in through one is signed in on the other;
 * a scheduled job runs on one of them only; the API's rate limits count both instances' requests.
 */
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String APPLICATION_PASSWORD = "two instances share this database";

    static EmbeddedPostgres postgres;
    static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void twoInstancesStartTogether() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        var superuser = new JdbcTemplate(postgres.getPostgresDatabase());
        // the roles of docs/deploy.md
        superuser.execute("create role convener login password '" + APPLICATION_PASSWORD + "'");
        superuser.execute("create role convener_audit nologin");
        superuser.execute("create database convener owner postgres");
        var database = new JdbcTemplate(postgres.getDatabase("postgres", "convener"));
        database.execute("revoke all on database convener from public");
        database.execute("grant connect, temporary, create on database convener to convener");
        database.execute("grant usage, create on schema public to convener");

        var properties = new HashMap<String, Object>();
        properties.put("convener.db.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/convener");
        properties.put("convener.db.user", "convener");
        properties.put("convener.db.password", APPLICATION_PASSWORD);
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("convener.api.requests-per-minute-per-token", "4");
        // sessions in the database, as in production (the other tests keep them in the container)
        properties.put(
                "spring.autoconfigure.exclude",
                "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration");
        var first = CompletableFuture.supplyAsync(() -> start(properties));
        var second = CompletableFuture.supplyAsync(() -> start(properties));
        instances.add(first.join());
        instances.add(second.join());
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        // as arguments, which come before the application's own settings (server.port among them)
        return new SpringApplicationBuilder(ConvenerApplication.class)
                .run(properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ConfigurableApplicationContext instance(int n) {
        return instances.get(n);
    }

    private static URI uri(int n, String path) {
        int port = ((ServletWebServerApplicationContext) instance(n))
                .getWebServer()
                .getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JdbcTemplate jdbc() {
        return instance(0).getBean(JdbcTemplate.class);
    }

    @Test
    void concurrentStartsMigrateOnce() {
        var twice = jdbc().queryForList(
                        "select version from public.flyway_schema_history where version is not null group by version having count(*) > 1",
                        String.class);
        assertThat(twice).isEmpty();
        assertThat(jdbc().queryForObject(
                                "select count(*) from public.flyway_schema_history where not success", Integer.class))
                .isZero();
        assertThat(jdbc().queryForObject(
                                "select count(*) from public.flyway_schema_history where version = '2026.11.30.510'",
                                Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aUserSignedInThroughOneInstanceKeepsWorkingThroughTheOther() throws Exception {
        var accounts = instance(0).getBean(Accounts.class);
        String email = "two-" + System.nanoTime() + "@example.net";
        var made = AuditActor.as("test", () -> accounts.create(email, null, false));
        AuditActor.as(
                "test", () -> accounts.changePassword(made.account().id(), made.oneTimePassword(), DemoData.PASSWORD));

        var cookies = new CookieManager();
        var http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        int sessionsBefore = jdbc().queryForObject("select count(*) from platform.spring_session", Integer.class);
        String form = http.send(HttpRequest.newBuilder(uri(0, "/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        http.send(HttpRequest.newBuilder(uri(1, "/seats")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(jdbc().queryForObject("select count(*) from platform.spring_session", Integer.class))
                .as("sessions after a visitor's page views")
                .isEqualTo(sessionsBefore);
        var token = CSRF.matcher(form);
        assertThat(token.find()).isTrue();
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var signIn = http.send(
                HttpRequest.newBuilder(uri(0, "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(jdbc().queryForObject(
                                "select principal_name from platform.spring_session where session_id = ?",
                                String.class,
                                session))
                .isEqualTo(AuditActor.account(made.account().id()));

        var other = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var account = other.send(
                HttpRequest.newBuilder(uri(1, "/account"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(email);

        // disabling the account through the second instance ends the session on both
        AuditActor.as(
                "test",
                () -> instance(1)
                        .getBean(Accounts.class)
                        .setEnabled(made.account().id(), false));
        var after = other.send(
                HttpRequest.newBuilder(uri(0, "/account"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(after.statusCode()).isEqualTo(302);
    }

    @Test
    void aScheduledJobRunsOnOneInstanceOnly() {
        var purgeA = instance(0).getBean(org.convener.platform.security.SignInThrottle.class);
        var purgeB = instance(1).getBean(org.convener.platform.security.SignInThrottle.class);
        String stale = "insert into platform.sign_in_throttle (key, failures, last_failure) values (?, 1, ?)";
        Timestamp old = Timestamp.from(Instant.now().minusSeconds(3 * 86400));
        jdbc().update(stale, "address:192.0.2.1", old);
        purgeA.purge();
        assertThat(jdbc().queryForObject(
                                "select count(*) from platform.sign_in_throttle where key = 'address:192.0.2.1'",
                                Integer.class))
                .as("the first instance ran the job")
                .isZero();
        jdbc().update(stale, "address:192.0.2.2", old);
        purgeB.purge();
        assertThat(jdbc().queryForObject(
                                "select count(*) from platform.sign_in_throttle where key = 'address:192.0.2.2'",
                                Integer.class))
                .as("the second instance, while the first holds the job's lock, did not")
                .isEqualTo(1);
        assertThat(jdbc().queryForObject(
                                "select count(*) from platform.shedlock where name = 'sign-in-throttle-purge' and lock_until > now()",
                                Integer.class))
                .isEqualTo(1);
    }

    @Test
    void rateLimitsCountTheRequestsOfBothInstances() throws Exception {
        if (LocalTime.now().getSecond() > 50) {
            Thread.sleep((61 - LocalTime.now().getSecond()) * 1000L);
        }
        var accounts = instance(0).getBean(Accounts.class);
        String email = "rate-" + System.nanoTime() + "@example.net";
        var made = AuditActor.as("test", () -> accounts.create(email, null, false));
        String token = AuditActor.as(
                "test",
                () -> instance(0)
                        .getBean(ApiTokens.class)
                        .create(
                                made.account().id(),
                                "rate",
                                EnumSet.of(ApiScope.SEATS_READ),
                                Instant.now().plusSeconds(600))
                        .secret());
        var http = HttpClient.newHttpClient();
        var statuses = new ArrayList<Integer>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = http.send(
                    HttpRequest.newBuilder(uri(i % 2, "/api/v1/sets"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(last.statusCode());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 200, 429);
        assertThat(last.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
        assertThat(last.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
    }
}
