package org.convener.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.OfficerPost;
import org.convener.letters.LetterNotices;
import org.convener.letters.Letters;
import org.convener.people.People;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.mail.MailTesting;
import org.convener.platform.mail.Notifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What Convener tells people, by email through GreenMail: MPs when a letter awaits their
 * signature, organisers when someone offers to fill a post (with the offer's words), the owner of
 * an overdue follow-up once, a caucus's officers in their digest when an ask moves; and each
 * person's choice of at once, digest or never.
 */
@ConvenerTest
class NotificationsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

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
    Groups groups;

    @Autowired
    People people;

    @Autowired
    Letters letters;

    @Autowired
    LetterNotices letterNotices;

    @Autowired
    Asks asks;

    @Autowired
    Engagements engagements;

    @Autowired
    Topics topics;

    @Autowired
    EngagementNotices notices;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationContext beans;

    Group redWall;
    Group derby;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
        redWall = groups.find(Demo.RED_WALL).orElseThrow();
        derby = groups.find(Demo.DERBY).orElseThrow();
    }

    private long personOf(String email) {
        return accounts.find(email).orElseThrow().personId();
    }

    private List<String> subjectsTo(String address) {
        return MailTesting.to(mail, address).stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void aLetterOpenedForSignatureTellsEachEligibleMpOnce() {
        String title = "A letter to tell about " + SERIAL.incrementAndGet();
        var letter = AuditActor.as(
                "test", () -> letters.draft(redWall.id(), title, "The Prime Minister", "Dear Prime Minister, …", true));
        AuditActor.as("test", () -> letters.open(letter.id()));
        // inviting a second caucus tells its MPs, and nobody twice
        var growth = groups.find(Demo.GROWTH).orElseThrow();
        AuditActor.as("test", () -> letters.invite(letter.id(), growth.id()));
        MailTesting.deliver(beans, mail);

        assertThat(subjectsTo(DemoData.MEMBER_MP)).containsOnlyOnce("Please sign: " + title);
        assertThat(subjectsTo(DemoData.CONVENER)).containsOnlyOnce("Please sign: " + title);
        assertThat(subjectsTo(DemoData.ORGANISER)).doesNotContain("Please sign: " + title);
        var told = letterNotices.tally(letter.id());
        assertThat(told.get("IMMEDIATE")).isEqualTo(2L);
        assertThat(told.get("NO_ACCOUNT"))
                .isEqualTo(letters.unsigned(letters.find(letter.id()).orElseThrow())
                                .size()
                        - 2L);
    }

    @Test
    void anOfferForAVacantPostTellsTheOrganisersWithItsWordsWhichTheGroupPageAuditAndExportShowToo() throws Exception {
        OfficerPost post = AuditActor.as(
                "test", () -> groups.createPost(derby.id(), "Mail officer " + SERIAL.incrementAndGet(), null));
        long member = personOf(DemoData.MEMBER);
        String words = "I can do Tuesdays and I know the branch secretary.";

        AuditActor.as("test", () -> groups.volunteer(post.id(), member, words));
        MailTesting.deliver(beans, mail);

        var toOrganiser = MailTesting.to(mail, DemoData.ORGANISER).stream()
                .filter(m -> MailTesting.text(m).contains(post.title()))
                .toList();
        assertThat(toOrganiser).hasSize(1);
        assertThat(MailTesting.text(toOrganiser.get(0))).contains(words, "/groups/" + Demo.DERBY);
        var organiser = DemoData.signIn(mvc, DemoData.ORGANISER);
        assertThat(mvc.perform(get("/groups/" + Demo.DERBY).session(organiser))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(words.replace("'", "&#39;"));
        assertThat(audit.about(AuditLog.person(member))).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("volunteered");
            assertThat(r.after()).containsEntry("message", words);
        });
        assertThat(people.export(member).get("volunteering").toString()).contains(words);
    }

    @Test
    void someoneWhoChoseNeverIsNotEmailedButTheNotificationIsKept() throws Exception {
        var organiser = DemoData.signIn(mvc, DemoData.ORGANISER);
        mvc.perform(
                post("/account/notifications").session(organiser).with(csrf()).param("kind-volunteer-offer", "NEVER"));
        try {
            OfficerPost post = AuditActor.as(
                    "test", () -> groups.createPost(derby.id(), "Quiet officer " + SERIAL.incrementAndGet(), null));
            AuditActor.as("test", () -> groups.volunteer(post.id(), personOf(DemoData.MEMBER), "Count me in."));
            MailTesting.deliver(beans, mail);

            assertThat(MailTesting.to(mail, DemoData.ORGANISER))
                    .noneMatch(m -> MailTesting.text(m).contains(post.title()));
            assertThat(notifications.recent(personOf(DemoData.ORGANISER), 5)).anySatisfy(n -> {
                assertThat(n.subject()).contains(post.title());
                assertThat(n.delivery()).isEqualTo("NEVER");
            });
            assertThat(mvc.perform(get("/account/notifications").session(organiser))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("value=\"NEVER\" checked");
        } finally {
            mvc.perform(post("/account/notifications")
                    .session(organiser)
                    .with(csrf())
                    .param("kind-volunteer-offer", "IMMEDIATE"));
        }
    }

    @Test
    void anOverdueFollowUpTellsItsOwnerOnce() {
        long mp = personOf(DemoData.MEMBER_MP);
        var engagement = engagements.of(java.util.Set.of(redWall.id())).get(0);
        String action = "Send the figures " + SERIAL.incrementAndGet();
        AuditActor.as(
                "test",
                () -> engagements.addFollowUp(
                        engagement.id(), action, mp, engagements.today().minusDays(1)));

        assertThat(AuditActor.as("test", notices::tellOverdue)).isGreaterThanOrEqualTo(1);
        assertThat(AuditActor.as("test", notices::tellOverdue)).isZero();
        MailTesting.deliver(beans, mail);

        assertThat(subjectsTo(DemoData.MEMBER_MP)).containsOnlyOnce("Overdue: " + action);
    }

    @Test
    void anAskMovingReachesTheCaucusOfficersInTheirDailyDigest() {
        long topic = topics.all().get(0).id();
        String title = "Digest ask " + SERIAL.incrementAndGet();
        var ask = AuditActor.as("test", () -> asks.draft(redWall.id(), topic, title, "The wording."));
        AuditActor.as("test", () -> asks.move(ask.id(), AskStatus.RAISED, null, "raised with the whips", null));
        MailTesting.deliver(beans, mail);
        assertThat(subjectsTo(DemoData.CONVENER)).noneMatch(s -> s.contains(title));

        assertThat(MailTesting.sendDigests(beans)).isGreaterThanOrEqualTo(1);
        MailTesting.deliver(beans, mail);

        var digests = MailTesting.to(mail, DemoData.CONVENER).stream()
                .filter(m -> MailTesting.text(m).contains(title))
                .toList();
        assertThat(digests).hasSize(1);
        assertThat(MailTesting.text(digests.get(0))).contains("is now raised", "raised with the whips");
        assertThat(MailTesting.sendDigests(beans)).as("nothing waits any more").isZero();
    }
}
