package org.convener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convener.demo.Demo;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demonstration loaded into a test database, with each demo account's one-time password
 * already exchanged for {@link #PASSWORD}, so tests can sign in as any role.
 */
public final class DemoData {

    public static final String PASSWORD = "Wentbridge viaduct at dusk";

    public static final String ADMIN = "admin@example.org";
    public static final String CONVENER = "convener@example.org";
    public static final String ORGANISER = "organiser@example.org";
    public static final String MEMBER = "member@example.org";
    public static final String MEMBER_MP = "mp@example.org";
    public static final String DONCASTER_ORGANISER = "doncaster@example.org";

    private static final Pattern ACCOUNT_LINE =
            Pattern.compile("^  (\\S+@example\\.org) +(\\S{20}) ", Pattern.MULTILINE);

    private DemoData() {}

    /**
     * Imports the official data and loads the demonstration with {@code ./convener demo}, once per
     * database, reading each account's one-time password from what the command prints.
     */
    public static synchronized void loaded(
            DatasetImports imports, Demo demo, Accounts accounts, CommandLineInterface cli) {
        OfficialData.imported(imports);
        if (demo.loaded()) {
            return;
        }
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = cli.execute(new String[] {"demo"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).as(out + "\n" + err).isZero();
        var passwords = new LinkedHashMap<String, String>();
        Matcher line = ACCOUNT_LINE.matcher(out.toString());
        while (line.find()) {
            passwords.put(line.group(1), line.group(2));
        }
        assertThat(passwords)
                .as(out.toString())
                .containsOnlyKeys(ADMIN, CONVENER, ORGANISER, MEMBER, MEMBER_MP, DONCASTER_ORGANISER);
        passwords.forEach((email, oneTime) -> {
            long id = accounts.find(email).orElseThrow().id();
            AuditActor.as("test", () -> accounts.changePassword(id, oneTime, PASSWORD));
        });
    }

    /** Signs in through the real sign-in form and returns the session. */
    public static MockHttpSession signIn(MockMvc mvc, String email) throws Exception {
        return signIn(mvc, email, PASSWORD);
    }

    public static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
        var result = mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("sign-in of " + email)
                .isEqualTo("/home");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A new personal API token of the demo account {@code email}, with every scope, for a day. */
    public static String token(
            org.convener.platform.accounts.Accounts accounts,
            org.convener.platform.security.ApiTokens tokens,
            String email) {
        long id = accounts.find(email).orElseThrow().id();
        return AuditActor.as(
                "test",
                () -> tokens.create(
                                id,
                                "test " + System.nanoTime(),
                                java.util.EnumSet.allOf(org.convener.platform.security.ApiScope.class),
                                java.time.Instant.now().plus(java.time.Duration.ofDays(1)))
                        .secret());
    }
}
