package org.convener.platform.mail;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message to queue. Text is always sent; HTML, when given, goes alongside it as the
 * alternative part.
 *
 * @param reference what caused it, e.g. {@code group-message:12}, for finding its copies again
 * @param personId the recipient's person record, if they have one: their export lists it and their erasure reaches it
 * @param aboutPersonId someone else the message tells of (a volunteer, say): their erasure blanks its text
 * @param secret a single-use link's token, written into the text where {@link Outbox#SECRET} stands; kept only until the message leaves
 * @param notBefore not sent before then (a scheduled message); {@code null} for at once
 * @param expiresAt not worth sending after then (a link that stops working); {@code null} for never
 */
public record OutgoingMessage(
        MailCategory category,
        String reference,
        Long personId,
        Long aboutPersonId,
        String to,
        String toName,
        String subject,
        String text,
        String html,
        String secret,
        Instant notBefore,
        Instant expiresAt) {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public OutgoingMessage {
        if (category == null) {
            throw new IllegalArgumentException("a message needs a category");
        }
        to = to == null ? null : to.trim().toLowerCase(Locale.ROOT);
        if (to == null || !ADDRESS.matcher(to).matches() || to.length() > 254) {
            throw new IllegalArgumentException("\"" + to + "\" is not an email address");
        }
        if (subject == null || subject.isBlank() || subject.length() > 250) {
            throw new IllegalArgumentException("a message needs a subject of up to 250 characters");
        }
        subject = subject.replaceAll("[\\r\\n]+", " ").trim();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message needs its text");
        }
        if (category == MailCategory.BULK && secret != null) {
            throw new IllegalArgumentException("a bulk message's only link secret is its unsubscribe token");
        }
    }

    /** A message to one person, sent at once. */
    public static OutgoingMessage of(
            MailCategory category,
            String reference,
            Long personId,
            String to,
            String toName,
            String subject,
            String text) {
        return new OutgoingMessage(
                category, reference, personId, null, to, toName, subject, text, null, null, null, null);
    }

    public OutgoingMessage withHtml(String value) {
        return new OutgoingMessage(
                category,
                reference,
                personId,
                aboutPersonId,
                to,
                toName,
                subject,
                text,
                value,
                secret,
                notBefore,
                expiresAt);
    }

    public OutgoingMessage withSecret(String value, Instant expires) {
        return new OutgoingMessage(
                category,
                reference,
                personId,
                aboutPersonId,
                to,
                toName,
                subject,
                text,
                html,
                value,
                notBefore,
                expires);
    }

    public OutgoingMessage about(Long person) {
        return new OutgoingMessage(
                category, reference, personId, person, to, toName, subject, text, html, secret, notBefore, expiresAt);
    }

    public OutgoingMessage notBefore(Instant when) {
        return new OutgoingMessage(
                category, reference, personId, aboutPersonId, to, toName, subject, text, html, secret, when, expiresAt);
    }
}
