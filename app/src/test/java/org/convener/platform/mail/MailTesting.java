package org.convener.platform.mail;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's own delivery, pointed at an in-process GreenMail server, for tests in any module:
 * the same code the server's worker runs, with the SMTP server and the clock the test chooses.
 */
public final class MailTesting {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    private MailTesting() {}

    static SmtpSettings settings(int port) {
        return new SmtpSettings("127.0.0.1", port, null, null, "none", "Convener <convener@example.org>", null, null);
    }

    static OutboxDelivery delivery(ApplicationContext beans, int port, Clock clock) {
        return new OutboxDelivery(
                beans.getBean(OutboxStore.class),
                beans.getBean(TransactionTemplate.class),
                settings(port),
                beans.getBean(MailLinks.class),
                clock);
    }

    /** Sends everything due now to the GreenMail server; returns how many messages went. */
    public static int deliver(ApplicationContext beans, GreenMailOperations mail) {
        return deliver(beans, mail.getSmtp().getPort(), Duration.ZERO);
    }

    /** Sends everything due {@code later} from now (past any back-off) to a server on this port. */
    public static int deliver(ApplicationContext beans, int port, Duration later) {
        var clock = Clock.offset(beans.getBean(Clock.class), later);
        return delivery(beans, port, clock)
                .deliverDue(MailTransport.smtp(settings(port)), 10_000)
                .sent();
    }

    /** Queues the daily digests now, as the morning job does; returns how many. */
    public static int sendDigests(ApplicationContext beans) {
        return beans.getBean(Digests.class).sendWaiting();
    }

    /** Messages GreenMail received for one address. */
    public static List<MimeMessage> to(GreenMailOperations mail, String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString()
                                        .toLowerCase(Locale.ROOT)
                                        .contains(address.toLowerCase(Locale.ROOT)));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The plain-text part of a message. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String s) {
                return s;
            }
            var parts = (jakarta.mail.Multipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            throw new IllegalStateException("no plain-text part");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in a message's text that contains {@code part}, as a path. */
    public static String path(MimeMessage message, String part) {
        Matcher m = LINK.matcher(text(message));
        while (m.find()) {
            if (m.group().contains(part)) {
                return m.group().replaceFirst("https?://[^/]+", "");
            }
        }
        throw new AssertionError("no link with " + part + " in:\n" + text(message));
    }
}
