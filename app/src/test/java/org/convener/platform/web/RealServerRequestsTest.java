package org.convener.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Connector;
import org.convener.DemoData;
import org.convener.OfficialData;
import org.convener.demo.Demo;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * What only the real server shows (MockMvc has no Tomcat and no error pages): uploads up to the
 * limit and a page beyond it, error pages in the user's words, and the loopback-only default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealServerRequestsTest {

    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
    private static final Pattern UPLOAD_FORM =
            Pattern.compile("action=\"(/groups/[^\"]+/import)\"[\\s\\S]*?name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    @Autowired
    ServletWebServerApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void badQueryValuesGetAPageInTheUsersWordsNeverJavaTypes() throws Exception {
        var page = get("/seats?minMajority=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("The minimum majority must be a number (such as 12.5), not \"abc\".")
                .doesNotContain("java.")
                .doesNotContain("Failed to convert");
        var sims = get("/projection?sims=lots");
        assertThat(sims.statusCode()).isEqualTo(400);
        assertThat(sims.body()).contains("The simulations must be a whole number (such as 20000), not \"lots\".");
        var from = get("/sets/red-wall?from=low");
        assertThat(from.body()).contains("The from must be a number").doesNotContain("java.");
        var person = get("/people/abc");
        assertThat(person.body()).doesNotContain("java.").doesNotContain("Failed to convert");
    }

    @Test
    void readingPublicPagesSetsNoSessionCookie() throws Exception {
        OfficialData.imported(imports);
        for (String path : new String[] {"/", "/seats", "/seats/E14001063", "/map", "/polls", "/sources", "/login"}) {
            var page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    @Test
    void aNulCharacterGetsAClearRefusalNotAServerError() throws Exception {
        var page = get("/seats?area=%00");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("NUL character").doesNotContain("Something went wrong");
    }

    @Test
    void theServerListensOnTheLoopbackInterfaceByDefault() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("address"))).contains("127.0.0.1");
    }

    @Test
    void uploadsUpToTheLimitAreCheckedAndLargerOnesGetAPageSayingSo() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
        signIn(DemoData.DONCASTER_ORGANISER);
        String form = get("/groups/" + Demo.DONCASTER + "/import").body();
        var action = UPLOAD_FORM.matcher(form);
        assertThat(action.find()).as(form).isTrue();
        String to = action.group(1);
        String token = action.group(2);

        var accepted = upload(to, token, csvOfAbout(1_500_000));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow())
                .contains("/groups/" + Demo.DONCASTER + "/import/");

        var refused = upload(to, token, csvOfAbout(2_600_000));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(get(refused.headers().firstValue("Location").orElseThrow()).body())
                .contains("The file is 2.5 MB, larger than the 2 MB an upload may be");

        var nul = upload(to, token, "full_name\nNul\0Person\n".getBytes(StandardCharsets.UTF_8));
        assertThat(nul.statusCode()).isEqualTo(302);
        String back = get(nul.headers().firstValue("Location").orElseThrow()).body();
        assertThat(back).contains("Line 2 holds a NUL character");
    }

    private static byte[] csvOfAbout(int bytes) {
        var text = new StringBuilder("full_name,email\n");
        for (int i = 0; text.length() < bytes; i++) {
            text.append("Upload Person ").append(i).append(",upload.").append(i).append("@example.net\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void signIn(String email) throws Exception {
        var form = get("/login");
        var token = META_TOKEN.matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "_csrf=" + enc(token.group(1)) + "&email=" + enc(email) + "&password=" + enc(DemoData.PASSWORD);
        var response = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/account");
    }

    private HttpResponse<String> upload(String path, String token, byte[] file) throws Exception {
        String boundary = "----convener-test-boundary";
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"members.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
