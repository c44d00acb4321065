package org.convener.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.audit.AuditActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Bounces and complaints read from a real IMAP mailbox (GreenMail): a permanent failure suppresses
 * the address, so nothing more is sent to it until the person gives a new one; a spam complaint
 * suppresses it too and withdraws the person's email consent.
 */
@ConvenerTest
class BounceTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String MAILBOX = "bounces@example.org";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

    @Autowired
    Outbox outbox;

    @Autowired
    Bounces bounces;

    @Autowired
    People people;

    @Autowired
    ApplicationContext beans;

    private BounceSettings mailbox() {
        mail.setUser(MAILBOX, MAILBOX, "secret");
        return new BounceSettings("127.0.0.1", mail.getImap().getPort(), MAILBOX, "secret", "none", "INBOX", null);
    }

    private Person someone(String name) {
        int n = SERIAL.incrementAndGet();
        return AuditActor.as("test", () -> {
            Person p = people.create(new PersonDraft(
                    name + " " + n,
                    PersonKind.ACTIVIST,
                    null,
                    name.toLowerCase() + n + "@example.org",
                    null,
                    null,
                    null,
                    Set.of()));
            people.recordConsent(p.id(), Channel.EMAIL, true, "signed up");
            return p;
        });
    }

    private long sendTo(Person person, String subject) {
        long id = outbox.queue(new OutgoingMessage(
                MailCategory.BULK,
                "bounce-test",
                person.id(),
                null,
                person.email(),
                null,
                subject,
                "Hello.",
                null,
                null,
                null,
                null));
        MailTesting.deliver(beans, mail);
        return id;
    }

    @Test
    void aPermanentBounceSuppressesTheAddressUntilThePersonGivesANewOne() throws Exception {
        var settings = mailbox();
        Person gone = someone("Gone");
        long first = sendTo(gone, "Before the bounce");
        String messageId = outbox.find(first).orElseThrow().messageId();

        deliverToMailbox(report(
                "delivery-status",
                "Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; " + gone.email()
                        + "\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <" + gone.email()
                        + ">: Recipient address rejected: User unknown\r\n",
                messageId));
        deliverToMailbox(report(
                "delivery-status",
                "Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; somebody.else@example.org\r\nAction: delayed\r\nStatus: 4.4.1\r\n",
                null));
        deliverToMailbox(plain("A person replying to the bounce address"));

        assertThat(BounceMailbox.read(settings, bounces)).isEqualTo(1);

        assertThat(outbox.suppressed(gone.email())).isTrue();
        assertThat(outbox.suppressed("somebody.else@example.org"))
                .as("a delay is not a bounce")
                .isFalse();
        var bounced = outbox.find(first).orElseThrow();
        assertThat(bounced.status()).isEqualTo(MailStatus.BOUNCED);
        assertThat(bounced.reason()).contains("5.1.1", "User unknown");
        assertThat(outbox.suppressions()).anySatisfy(s -> {
            assertThat(s.address()).isEqualTo(gone.email());
            assertThat(s.source()).isEqualTo(Suppression.Source.BOUNCE);
        });
        // the reports are acted on and deleted; the human reply stays, read
        var folder = mail.getManagers()
                .getImapHostManager()
                .getInbox(mail.getManagers().getUserManager().getUser(MAILBOX));
        assertThat(folder.getMessageCount()).isEqualTo(1);

        long next = sendTo(gone, "After the bounce");
        assertThat(outbox.find(next).orElseThrow().status()).isEqualTo(MailStatus.SUPPRESSED);
        assertThat(MailTesting.to(mail, gone.email())).hasSize(1);

        String fresh = "new." + gone.email();
        AuditActor.as(
                "test",
                () -> people.update(
                        gone.id(),
                        new PersonDraft(gone.fullName(), gone.kind(), null, fresh, null, null, null, Set.of())));
        long atTheNewAddress = sendTo(people.find(gone.id()).orElseThrow(), "At the new address");
        assertThat(outbox.find(atTheNewAddress).orElseThrow().status()).isEqualTo(MailStatus.SENT);
        assertThat(MailTesting.to(mail, fresh)).hasSize(1);
    }

    @Test
    void aSpamComplaintSuppressesTheAddressAndWithdrawsConsent() throws Exception {
        var settings = mailbox();
        Person annoyed = someone("Annoyed");
        long sent = sendTo(annoyed, "Something they did not want");
        String messageId = outbox.find(sent).orElseThrow().messageId();

        deliverToMailbox(report(
                "feedback-report",
                "Feedback-Type: abuse\r\nUser-Agent: ExampleFBL/1.0\r\nVersion: 1\r\nOriginal-Rcpt-To: "
                        + annoyed.email() + "\r\n",
                messageId));

        assertThat(BounceMailbox.read(settings, bounces)).isEqualTo(1);
        assertThat(outbox.suppressed(annoyed.email())).isTrue();
        var consent = people.consents(annoyed.id()).get(Channel.EMAIL);
        assertThat(consent.granted()).isFalse();
        assertThat(consent.method()).contains("spam");
    }

    private void deliverToMailbox(MimeMessage message) throws Exception {
        var user = mail.getManagers().getUserManager().getUser(MAILBOX);
        user.deliver(message);
    }

    private static MimeMessage plain(String text) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("someone@example.org"));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject("Re: hello");
        message.setText(text);
        message.saveChanges();
        return message;
    }

    /** A report as a mail server or a feedback loop sends one: human text, the machine part, the original headers. */
    private static MimeMessage report(String type, String machine, String originalMessageId) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("MAILER-DAEMON@mx.example.org"));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject(type.equals("delivery-status") ? "Undelivered Mail Returned to Sender" : "Abuse report");
        var parts = new MimeMultipart("report; report-type=" + type);
        var human = new MimeBodyPart();
        human.setText("This is the mail system. A message could not be delivered or was reported.");
        parts.addBodyPart(human);
        var status = new MimeBodyPart();
        status.setDataHandler(new DataHandler(
                new ByteArrayDataSource(machine.getBytes(StandardCharsets.US_ASCII), "message/" + type)));
        parts.addBodyPart(status);
        if (originalMessageId != null) {
            var headers = new MimeBodyPart();
            headers.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    ("From: convener@example.org\r\nSubject: hello\r\nMessage-ID: " + originalMessageId + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII),
                    "text/rfc822-headers")));
            parts.addBodyPart(headers);
        }
        message.setContent(parts);
        message.saveChanges();
        return message;
    }
}
