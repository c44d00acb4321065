package org.convener.platform.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a report in the bounce mailbox says: a delivery status notification (RFC 3464) that a
 * message could not be delivered, or a feedback report (RFC 5965) that its recipient called it
 * spam. Only permanent failures (status 5.x.x) count as bounces; delays are ignored.
 *
 * @param recipients the addresses that failed for good, or that complained
 * @param status the enhanced status code, e.g. {@code 5.1.1}, or {@code abuse} for a complaint
 * @param originalMessageId the Message-ID of our message, when the report quotes it
 */
record DeliveryReport(Kind kind, List<String> recipients, String status, String diagnostic, String originalMessageId) {

    enum Kind {
        BOUNCE,
        COMPLAINT
    }

    /** The report a message carries, if it is one that suppresses an address. */
    static Optional<DeliveryReport> read(MimeMessage message) throws MessagingException, IOException {
        if (!message.isMimeType("multipart/report")) {
            return Optional.empty();
        }
        String reportType = new ContentType(message.getContentType()).getParameter("report-type");
        Multipart parts = (Multipart) message.getContent();
        String originalId = null;
        String originalTo = null;
        String statusBlock = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/feedback-report")) {
                statusBlock = text(part);
            } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("text/rfc822-header")) {
                var headers =
                        new InternetHeaders(new ByteArrayInputStream(text(part).getBytes(StandardCharsets.UTF_8)));
                originalId = headers.getHeader("Message-ID", null);
                originalTo = headers.getHeader("To", null);
            } else if (part.isMimeType("message/rfc822")) {
                Object content = part.getContent();
                MimeMessage original = content instanceof MimeMessage m ? m : new MimeMessage(null, stream(content));
                originalId = original.getMessageID();
                originalTo = original.getHeader("To", null);
            }
        }
        if (statusBlock == null) {
            return Optional.empty();
        }
        List<InternetHeaders> blocks = blocks(statusBlock);
        if ("feedback-report".equalsIgnoreCase(reportType)) {
            var recipients = new ArrayList<String>();
            for (InternetHeaders block : blocks) {
                String rcpt = block.getHeader("Original-Rcpt-To", null);
                if (rcpt != null) {
                    recipients.add(address(rcpt));
                }
            }
            if (recipients.isEmpty() && originalTo != null) {
                for (InternetAddress to : InternetAddress.parseHeader(originalTo, false)) {
                    recipients.add(to.getAddress().toLowerCase(Locale.ROOT));
                }
            }
            String type = blocks.isEmpty() ? null : blocks.get(0).getHeader("Feedback-Type", null);
            return recipients.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new DeliveryReport(
                            Kind.COMPLAINT, recipients, type == null ? "abuse" : type.trim(), null, clean(originalId)));
        }
        if (!"delivery-status".equalsIgnoreCase(reportType)) {
            return Optional.empty();
        }
        var failed = new ArrayList<String>();
        String status = null;
        String diagnostic = null;
        for (InternetHeaders block : blocks) {
            String action = block.getHeader("Action", null);
            String code = block.getHeader("Status", null);
            String recipient = block.getHeader("Final-Recipient", null);
            if (recipient == null) {
                recipient = block.getHeader("Original-Recipient", null);
            }
            if (action == null || recipient == null || code == null) {
                continue;
            }
            if (action.trim().equalsIgnoreCase("failed") && code.trim().startsWith("5")) {
                failed.add(address(recipient));
                status = code.trim();
                String d = block.getHeader("Diagnostic-Code", null);
                diagnostic = d == null
                        ? null
                        : d.replaceFirst("(?i)^\\s*smtp;\\s*", "")
                                .replaceAll("\\s+", " ")
                                .trim();
            }
        }
        return failed.isEmpty()
                ? Optional.empty()
                : Optional.of(new DeliveryReport(Kind.BOUNCE, failed, status, diagnostic, clean(originalId)));
    }

    /** "rfc822; someone@example.org" → someone@example.org */
    private static String address(String field) {
        String value = field.contains(";") ? field.substring(field.indexOf(';') + 1) : field;
        return value.trim().replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
    }

    private static String clean(String messageId) {
        return messageId == null ? null : messageId.trim();
    }

    /** The blank-line separated header blocks of a delivery-status or feedback-report part. */
    private static List<InternetHeaders> blocks(String text) throws MessagingException {
        var blocks = new ArrayList<InternetHeaders>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!block.isBlank()) {
                blocks.add(new InternetHeaders(
                        new ByteArrayInputStream((block.strip() + "\n\n").getBytes(StandardCharsets.UTF_8))));
            }
        }
        return blocks;
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        try (InputStream in = stream(content)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(Object content) throws IOException, MessagingException {
        if (content instanceof InputStream in) {
            return in;
        }
        if (content instanceof String s) {
            return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
        }
        if (content instanceof MimeMessage m) {
            var out = new java.io.ByteArrayOutputStream();
            m.writeTo(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
        throw new IOException("unreadable report part: " + content.getClass().getName());
    }
}
