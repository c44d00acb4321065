package org.convener.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.mail.MailStatus;
import org.convener.platform.mail.MailTesting;
import org.convener.platform.mail.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An organiser writes to their group through the pages: only consenting members receive it, the
 * count shown before sending is the count delivered, unsubscribing withdraws consent at once and
 * the next message skips that person; the audit log, the person's export and erasure follow.
 */
@ConvenerTest
class GroupMessagesTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Pattern COUNT = Pattern.compile("<strong class=\"big\">(\\d+)</strong>");

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
    GroupMessages messages;

    @Autowired
    Outbox outbox;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationContext beans;

    Group derby;
    String tag;
    MockHttpSession organiser;
    /** Members tagged for this test: two who consent, one who withdrew, one never asked, one without an address. */
    List<Person> consenting = new ArrayList<>();

    Person withdrew;
    Person neverAsked;
    Person noAddress;

    @BeforeEach
    void aTaggedPartOfDerby() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
        derby = groups.find(Demo.DERBY).orElseThrow();
        int n = SERIAL.incrementAndGet();
        tag = "mail test " + n;
        AuditActor.as("test", () -> {
            consenting.add(member("Ada Consent " + n, "ada" + n + "@example.org", true));
            consenting.add(member("Bo Consent " + n, "bo" + n + "@example.org", true));
            withdrew = member("Cy Withdrew " + n, "cy" + n + "@example.org", true);
            people.recordConsent(withdrew.id(), Channel.EMAIL, false, "asked at a meeting to stop");
            neverAsked = member("Di Unasked " + n, "di" + n + "@example.org", null);
            noAddress = member("Ed Noaddress " + n, null, true);
        });
        organiser = DemoData.signIn(mvc, DemoData.ORGANISER);
    }

    private Person member(String name, String email, Boolean consent) {
        Person person =
                people.create(new PersonDraft(name, PersonKind.ACTIVIST, null, email, null, null, null, Set.of(tag)));
        if (consent != null) {
            people.recordConsent(person.id(), Channel.EMAIL, consent, "ticked the box");
        }
        groups.join(derby.id(), person.id(), Role.MEMBER, groups.today());
        return person;
    }

    /** Drafts a message to this test's tag through the form; returns its page's path. */
    private String draft(String subject) throws Exception {
        var created = mvc.perform(post("/groups/" + Demo.DERBY + "/messages")
                        .session(organiser)
                        .with(csrf())
                        .param("subject", subject)
                        .param("body", "Hello **all**.\n\nThe meeting is on [Tuesday](https://example.org/meeting).")
                        .param("tag", tag))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        return created.getRedirectedUrl();
    }

    private int shownCount(String page) throws Exception {
        String html = mvc.perform(get(page).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var m = COUNT.matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private List<MimeMessage> received(String subject) {
        return java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return subject.equals(m.getSubject());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void onlyConsentingMembersReceiveItAndTheCountShownIsTheCountDelivered() throws Exception {
        String page = draft("Meeting on Tuesday " + tag);
        String html = mvc.perform(get(page).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("1 email consent withdrawn", "1 no email consent recorded", "1 no email address")
                .contains(withdrew.fullName(), neverAsked.fullName(), noAddress.fullName())
                .contains("<strong>all</strong>");
        int shown = shownCount(page);
        assertThat(shown).isEqualTo(2);

        var sent = mvc.perform(
                        post(page + "/send").session(organiser).with(csrf()).param("expected", String.valueOf(shown)))
                .andReturn()
                .getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo(page);
        MailTesting.deliver(beans, mail);

        var copies = received("Meeting on Tuesday " + tag);
        assertThat(copies).hasSize(shown);
        assertThat(copies.stream().map(m -> address(m)).toList())
                .containsExactlyInAnyOrderElementsOf(
                        consenting.stream().map(Person::email).toList());
        for (MimeMessage copy : copies) {
            assertThat(copy.getHeader("List-Unsubscribe")[0]).matches("<https?://[^>]+/unsubscribe/[A-Za-z0-9_-]{43}>");
            assertThat(copy.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(MailTesting.text(copy)).contains("Hello all.", "Tuesday", "unsubscribe here:");
            assertThat(copy.getContentType()).startsWith("multipart/alternative");
        }
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(audit.search("group message", null, null, null, null, 1)).anySatisfy(r -> {
            assertThat(r.entityId()).isEqualTo(String.valueOf(id));
            assertThat(r.action()).isEqualTo("sent");
            assertThat(r.after()).containsEntry("recipients", 2);
        });
        assertThat(mvc.perform(get(page).session(organiser))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Sent to 2", ">Sent<");
    }

    @Test
    void unsubscribingWithdrawsConsentAtOnceAndTheNextMessageSkipsThatPerson() throws Exception {
        String first = draft("First " + tag);
        mvc.perform(post(first + "/send").session(organiser).with(csrf()).param("expected", "2"));
        MailTesting.deliver(beans, mail);
        Person ada = consenting.get(0);
        MimeMessage adas = received("First " + tag).stream()
                .filter(m -> address(m).equals(ada.email()))
                .findFirst()
                .orElseThrow();
        String link = MailTesting.path(adas, "/unsubscribe/");

        // opening the link changes nothing (mail scanners open links); the button does, without signing in
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
                .contains("Unsubscribe", ada.email());
        assertThat(people.consents(ada.id()).get(Channel.EMAIL).granted()).isTrue();
        var done = mvc.perform(post(link)).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString()).contains("Unsubscribed");

        var consent = people.consents(ada.id()).get(Channel.EMAIL);
        assertThat(consent.granted()).isFalse();
        assertThat(consent.method()).contains("unsubscribe link");
        assertThat(audit.about(AuditLog.person(ada.id())))
                .anySatisfy(r -> assertThat(r.action()).isEqualTo("consent withdrawn"));
        long firstId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        assertThat(messages.recipients(firstId))
                .filteredOn(r -> r.personId() == ada.id())
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("Unsubscribed"));

        String second = draft("Second " + tag);
        assertThat(shownCount(second)).isEqualTo(1);
        mvc.perform(post(second + "/send").session(organiser).with(csrf()).param("expected", "1"));
        MailTesting.deliver(beans, mail);
        assertThat(received("Second " + tag))
                .extracting(GroupMessagesTest::address)
                .containsExactly(consenting.get(1).email());
    }

    @Test
    void aMailProgramUnsubscribesWithOnePostAsRfc8058Asks() throws Exception {
        String page = draft("One click " + tag);
        mvc.perform(post(page + "/send").session(organiser).with(csrf()).param("expected", "2"));
        MailTesting.deliver(beans, mail);
        Person bo = consenting.get(1);
        MimeMessage copy = received("One click " + tag).stream()
                .filter(m -> address(m).equals(bo.email()))
                .findFirst()
                .orElseThrow();
        String header = copy.getHeader("List-Unsubscribe")[0];
        String path = header.substring(1, header.length() - 1).replaceFirst("https?://[^/]+", "");

        var response = mvc.perform(post(path)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(people.consents(bo.id()).get(Channel.EMAIL).granted()).isFalse();
        assertThat(people.consents(bo.id()).get(Channel.EMAIL).method()).contains("one-click");
    }

    @Test
    void theSendIsRefusedWhenTheAudienceChangedSinceTheWriterLooked() throws Exception {
        String page = draft("Changed " + tag);
        int shown = shownCount(page);
        AuditActor.as("test", () -> people.recordConsent(neverAsked.id(), Channel.EMAIL, true, "said yes"));

        var response = mvc.perform(
                        post(page + "/send").session(organiser).with(csrf()).param("expected", String.valueOf(shown)))
                .andReturn();

        assertThat(response.getFlashMap().get("error").toString()).contains("now go to 3, not 2");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(messages.find(id).orElseThrow().status()).isEqualTo(MessageStatus.DRAFT);
    }

    @Test
    void aScheduledMessageGoesWhenItsTimeComesToWhoeverConsentsThen() throws Exception {
        String page = draft("Scheduled " + tag);
        var scheduled = mvc.perform(post(page + "/schedule")
                        .session(organiser)
                        .with(csrf())
                        .param(
                                "at",
                                java.time.LocalDateTime.now(org.convener.shared.Format.LONDON)
                                        .plusHours(2)
                                        .withNano(0)
                                        .toString()))
                .andReturn();
        assertThat(scheduled.getFlashMap().get("notice").toString()).startsWith("Scheduled for");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(messages.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SCHEDULED);
        AuditActor.as("test", () -> people.recordConsent(neverAsked.id(), Channel.EMAIL, true, "said yes"));

        beans.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("update messages.message set scheduled_for = now() - interval '1 minute' where id = ?")
                .param(id)
                .update();
        AuditActor.as("test", messages::sendDue);

        assertThat(messages.find(id).orElseThrow().recipients()).isEqualTo(3);
        MailTesting.deliver(beans, mail);
        assertThat(received("Scheduled " + tag)).hasSize(3);
    }

    @Test
    void aTestCopyGoesOnlyToTheWriterWithoutAnUnsubscribeLink() throws Exception {
        String page = draft("Try " + tag);
        mvc.perform(post(page + "/test").session(organiser).with(csrf()));
        MailTesting.deliver(beans, mail);

        var copies = received("[Test] Try " + tag);
        assertThat(copies).extracting(GroupMessagesTest::address).containsExactly(DemoData.ORGANISER);
        assertThat(copies.get(0).getHeader("List-Unsubscribe")).isNull();
        assertThat(received("Try " + tag)).isEmpty();
    }

    @Test
    void theExportListsTheMessagesAndErasureTakesTheAddressOut() throws Exception {
        String page = draft("Exported " + tag);
        mvc.perform(post(page + "/send").session(organiser).with(csrf()).param("expected", "2"));
        Person ada = consenting.get(0);

        var export = people.export(ada.id());
        assertThat(export.get("groupMessages").toString()).contains("Exported " + tag, derby.name());
        assertThat(export.get("emails").toString()).contains("Exported " + tag);

        AuditActor.as("test", () -> people.erase(ada.id()));

        assertThat(outbox.toPerson(ada.id())).isNotEmpty().allSatisfy(m -> {
            assertThat(m.toAddress()).isNull();
            assertThat(m.status()).isNotEqualTo(MailStatus.QUEUED);
            assertThat(m.bodyText()).isEqualTo("(erased)");
        });
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(messages.recipients(id))
                .filteredOn(r -> r.personId() == ada.id())
                .singleElement()
                .satisfies(r -> assertThat(r.address()).isNull());
        MailTesting.deliver(beans, mail);
        assertThat(MailTesting.to(mail, ada.email())).isEmpty();
    }

    @Test
    void onlyThoseWhoRunAGroupWriteToIt() throws Exception {
        var member = DemoData.signIn(mvc, DemoData.MEMBER);
        assertThat(mvc.perform(get("/groups/" + Demo.DERBY + "/messages").session(member))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/groups/" + Demo.DONCASTER + "/messages").session(organiser))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/groups/" + Demo.DONCASTER + "/messages")
                                .session(organiser)
                                .with(csrf())
                                .param("subject", "Hello")
                                .param("body", "Hi"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    static String address(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
