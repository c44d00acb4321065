package org.convener.platform.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Turns an outbox row into the MIME message that goes out. */
final class MailRendering {

    static final String LINK_GONE = "(this link was removed once the message was sent)";

    private MailRendering() {}

    /** The text with its secret link and unsubscribe address written in, or a placeholder once the secret is gone. */
    static String fill(String text, OutboxMessage message, MailLinks links) {
        if (text == null) {
            return null;
        }
        String secret = message.secret();
        String unsubscribe = message.unsubscribable() && secret != null
                ? links.to("/unsubscribe/" + secret)
                : message.unsubscribable() ? LINK_GONE : "";
        return text.replace(Outbox.SECRET, secret == null ? LINK_GONE : secret)
                .replace(Outbox.UNSUBSCRIBE, unsubscribe);
    }

    static MimeMessage mime(Session session, OutboxMessage message, SmtpSettings settings, MailLinks links)
            throws MessagingException {
        var mime = new FixedIdMessage(session, message.messageId());
        mime.setFrom(new InternetAddress(settings.from(), true));
        try {
            mime.setRecipient(
                    Message.RecipientType.TO,
                    message.toName() == null
                            ? new InternetAddress(message.toAddress(), true)
                            : new InternetAddress(message.toAddress(), message.toName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("cannot encode the recipient's name", e);
        }
        mime.setSubject(message.subject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", message.category() == MailCategory.BULK ? "no" : "auto-generated");
        String text = fill(message.bodyText(), message, links);
        String html = fill(message.bodyHtml(), message, links);
        if (message.unsubscribable() && message.secret() != null) {
            // RFC 8058: a mail client may unsubscribe with one POST, no page and no sign-in
            mime.setHeader("List-Unsubscribe", "<" + links.to("/unsubscribe/" + message.secret()) + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            mime.setHeader("Precedence", "bulk");
        }
        if (html == null) {
            mime.setText(text, StandardCharsets.UTF_8.name());
        } else {
            var plain = new MimeBodyPart();
            plain.setText(text, StandardCharsets.UTF_8.name());
            var rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            var alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(rich);
            mime.setContent(alternative);
        }
        mime.saveChanges();
        return mime;
    }

    /** Jakarta Mail would make a new Message-ID on every save; ours must stay the row's. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
