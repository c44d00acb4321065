package org.convener.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.mail.MailTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Invitations and password resets by email, through the pages and a real SMTP server: each link
 * works once and expires; "forgot password" answers the same for an unknown address and sends
 * nothing; requests are throttled per address and per client.
 */
@ConvenerTest
class AccountLinksTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String CHOSEN = "a long and private passphrase";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    ApplicationContext beans;

    @Autowired
    JdbcClient jdbc;

    private static String address(String what) {
        return what + "-" + SERIAL.incrementAndGet() + "@example.net";
    }

    private String linkSentTo(String email, String path) {
        MailTesting.deliver(beans, mail);
        var received = MailTesting.to(mail, email);
        assertThat(received).as("messages to " + email).hasSize(1);
        return MailTesting.path(received.get(0), path);
    }

    private int choose(String link, String password) throws Exception {
        return mvc.perform(post(link)
                        .param("chosen", password)
                        .param("repeated", password)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private boolean signsIn(String email, String password) throws Exception {
        return "/home"
                .equals(mvc.perform(formLogin("/login")
                                .userParameter("email")
                                .user(email)
                                .password(password))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl());
    }

    private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String client) {
        return request.with(r -> {
            r.setRemoteAddr(client);
            return r;
        });
    }

    @Test
    void anInvitationLinkSetsThePasswordOnceAndThenStopsWorking() throws Exception {
        String email = address("invited");
        AuditActor.as("test", () -> invitations.invite(email, null, "Ann Example", false));
        String link = linkSentTo(email, "/account/invitation/");
        assertThat(accounts.find(email))
                .as("no account until the password is chosen")
                .isEmpty();

        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
                .contains("Choose a password for " + email);
        assertThat(choose(link, "short")).as("a password the policy refuses").isEqualTo(422);
        assertThat(choose(link, CHOSEN)).isEqualTo(302);

        Account account = accounts.find(email).orElseThrow();
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(signsIn(email, CHOSEN)).isTrue();
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(choose(link, "another long passphrase")).isEqualTo(410);
        assertThat(signsIn(email, "another long passphrase")).isFalse();
    }

    @Test
    void anInvitationLinkExpires() throws Exception {
        String email = address("late");
        var invitation = AuditActor.as("test", () -> invitations.invite(email, null, null, false));
        String link = linkSentTo(email, "/account/invitation/");
        assertThat(invitation.expiresAt())
                .isAfter(invitation.createdAt().plus(Invitations.VALID).minusSeconds(1));

        jdbc.sql("update platform.account_invitation set expires_at = now() - interval '1 second' where id = ?")
                .param(invitation.id())
                .update();

        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(choose(link, CHOSEN)).isEqualTo(410);
        assertThat(accounts.find(email)).isEmpty();
    }

    @Test
    void aResetLinkWorksOnceAndExpires() throws Exception {
        String email = address("forgetful");
        var made = AuditActor.as("test", () -> accounts.create(email, null, false));
        AuditActor.as(
                "test",
                () -> accounts.changePassword(
                        made.account().id(), made.oneTimePassword(), "the first of my passphrases 42"));

        mvc.perform(from(post("/login/forgot").param("email", email).with(csrf()), "192.0.2.10"));
        String link = linkSentTo(email, "/login/reset/");
        assertThat(choose(link, CHOSEN)).isEqualTo(302);
        assertThat(signsIn(email, CHOSEN)).isTrue();
        assertThat(signsIn(email, "the first of my passphrases 42")).isFalse();
        assertThat(choose(link, "yet another passphrase"))
                .as("used once already")
                .isEqualTo(410);

        mail.reset();
        mvc.perform(from(post("/login/forgot").param("email", email).with(csrf()), "192.0.2.11"));
        String second = linkSentTo(email, "/login/reset/");
        jdbc.sql("update platform.password_reset set expires_at = now() - interval '1 second' where used_at is null")
                .update();
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus())
                .isEqualTo(410);
        assertThat(choose(second, "yet another passphrase")).isEqualTo(410);
        assertThat(signsIn(email, CHOSEN)).isTrue();
    }

    @Test
    void linksHoldChosenPasswordsToThePasswordPolicy() throws Exception {
        String invited = address("policy-invited");
        AuditActor.as("test", () -> invitations.invite(invited, null, null, false));
        String invitation = linkSentTo(invited, "/account/invitation/");
        String forgetful = address("policy-reset");
        AuditActor.as("test", () -> accounts.create(forgetful, null, false));
        mvc.perform(from(post("/login/forgot").param("email", forgetful).with(csrf()), "192.0.2.30"));
        String reset = linkSentTo(forgetful, "/login/reset/");

        String common = "password1234";
        String tooLong = "é".repeat(37);
        assertThat(tooLong).hasSizeLessThan(Passwords.MAXIMUM_BYTES);
        for (String link : new String[] {invitation, reset}) {
            var guessable = mvc.perform(post(link)
                            .param("chosen", common)
                            .param("repeated", common)
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            assertThat(guessable.getStatus())
                    .as(link + " with a common password")
                    .isEqualTo(422);
            assertThat(guessable.getContentAsString()).contains("too easy to guess");
            var longer = mvc.perform(post(link)
                            .param("chosen", tooLong)
                            .param("repeated", tooLong)
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            assertThat(longer.getStatus()).as(link + " with 74 bytes").isEqualTo(422);
            assertThat(longer.getContentAsString()).contains("at most 72 bytes");
            assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus())
                    .as("a refused password leaves the link working")
                    .isEqualTo(200);
        }
        assertThat(accounts.find(invited)).isEmpty();
        assertThat(choose(invitation, CHOSEN)).isEqualTo(302);
        assertThat(choose(reset, CHOSEN)).isEqualTo(302);
        assertThat(signsIn(invited, CHOSEN)).isTrue();
        assertThat(signsIn(forgetful, CHOSEN)).isTrue();
    }

    @Test
    void aResetEndsTheAccountsOtherSessions() throws Exception {
        String email = address("elsewhere");
        var made = AuditActor.as("test", () -> accounts.create(email, null, false));
        String before = "my passphrase before the reset";
        AuditActor.as("test", () -> accounts.changePassword(made.account().id(), made.oneTimePassword(), before));
        MockHttpSession stolen = DemoData.signIn(mvc, email, before);
        assertThat(mvc.perform(get("/account").session(stolen))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        mvc.perform(from(post("/login/forgot").param("email", email).with(csrf()), "192.0.2.31"));
        assertThat(choose(linkSentTo(email, "/login/reset/"), CHOSEN)).isEqualTo(302);

        var after = mvc.perform(get("/account").session(stolen)).andReturn().getResponse();
        assertThat(after.getStatus()).as("the session begun before the reset").isEqualTo(302);
        assertThat(after.getRedirectedUrl()).endsWith("/login");
        assertThat(signsIn(email, CHOSEN)).isTrue();
    }

    @Test
    void aResetForAnUnknownAddressSendsNothingAndAnswersTheSame() throws Exception {
        String known = address("known");
        AuditActor.as("test", () -> accounts.create(known, null, false));
        String unknown = address("nobody");

        String forKnown = mvc.perform(
                        from(post("/login/forgot").param("email", known).with(csrf()), "192.0.2.20"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var unknownResponse = mvc.perform(
                        from(post("/login/forgot").param("email", unknown).with(csrf()), "192.0.2.21"))
                .andReturn()
                .getResponse();

        assertThat(unknownResponse.getStatus()).isEqualTo(200);
        assertThat(main(unknownResponse.getContentAsString()).replace(unknown, "ADDRESS"))
                .isEqualTo(main(forKnown).replace(known, "ADDRESS"));
        MailTesting.deliver(beans, mail);
        assertThat(MailTesting.to(mail, known)).hasSize(1);
        assertThat(MailTesting.to(mail, unknown)).isEmpty();
        assertThat(jdbc.sql("select count(*) from platform.outbox_message where to_address = ?")
                        .param(unknown)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void requestsAreThrottledPerAddressSilentlyAndPerClientOpenly() throws Exception {
        String email = address("popular");
        AuditActor.as("test", () -> accounts.create(email, null, false));
        for (int i = 0; i < PasswordResets.PER_ADDRESS_PER_HOUR + 2; i++) {
            var response = mvc.perform(
                            from(post("/login/forgot").param("email", email).with(csrf()), "198.51.100." + i))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("is on its way");
        }
        MailTesting.deliver(beans, mail);
        assertThat(MailTesting.to(mail, email)).hasSize(PasswordResets.PER_ADDRESS_PER_HOUR);

        String client = "203.0.113.77";
        for (int i = 0; i < PasswordResets.PER_CLIENT_PER_HOUR; i++) {
            assertThat(mvc.perform(from(
                                    post("/login/forgot")
                                            .param("email", address("any"))
                                            .with(csrf()),
                                    client))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
        }
        var refused = mvc.perform(from(
                        post("/login/forgot").param("email", address("any")).with(csrf()), client))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("3600");

        // an IPv6 client holds a whole /64, and is counted by it
        for (int i = 1; i <= PasswordResets.PER_CLIENT_PER_HOUR; i++) {
            mvc.perform(from(
                    post("/login/forgot").param("email", address("any")).with(csrf()),
                    "2001:db8:77:1::" + Integer.toHexString(i)));
        }
        assertThat(mvc.perform(from(
                                post("/login/forgot")
                                        .param("email", address("any"))
                                        .with(csrf()),
                                "2001:db8:77:1:ffff:eeee:dddd:1"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another address in the same /64")
                .isEqualTo(429);
    }

    private static String main(String page) {
        var m = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
