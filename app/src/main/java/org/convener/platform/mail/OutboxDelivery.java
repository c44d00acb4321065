package org.convener.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one message per transaction:
 *
 * <ol>
 *   <li>claim the oldest message due with {@code SELECT … FOR UPDATE SKIP LOCKED}, so that no other
 *       worker (in this process or another instance on the same database) can take it while this
 *       transaction lives;
 *   <li>hand it to the SMTP server, under the Message-ID fixed when it was queued;
 *   <li>mark it sent and commit.
 * </ol>
 *
 * A crash before the server accepts the message rolls the claim back: the message is sent by the
 * next run. A crash after the server accepted it but before the commit (a window of one round
 * trip to the database) sends it again on the next run, with the same Message-ID; that is the
 * only way a message goes twice, and receivers can recognise the copy by its Message-ID. A
 * refused address or message fails for good; anything else (the server down, a timeout, a
 * temporary refusal) is tried again after 30 seconds, then 1, 2, 4 … minutes up to an hour,
 * until {@link #GIVE_UP} after the message was queued.
 */
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration GIVE_UP = Duration.ofDays(3);

    private final OutboxStore store;
    private final TransactionTemplate transactions;
    private final SmtpSettings settings;
    private final MailLinks links;
    private final Clock clock;

    OutboxDelivery(
            OutboxStore store, TransactionTemplate transactions, SmtpSettings settings, MailLinks links, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    /** What happened to one claimed message. */
    enum Outcome {
        NONE_DUE,
        SENT,
        CLOSED,
        RETRY,
        /** The server could not be reached: stop this run, the rest would fail the same way. */
        SERVER_DOWN
    }

    /** What a run did. */
    record Run(int sent, int closed, int retried, boolean serverDown) {}

    /** Sends the messages due now, up to {@code max}, stopping early if the server cannot be reached. */
    Run deliverDue(MailTransport transport, int max) {
        int sent = 0;
        int closed = 0;
        int retried = 0;
        for (int i = 0; i < max; i++) {
            Outcome outcome = deliverOne(transport);
            switch (outcome) {
                case NONE_DUE -> {
                    return new Run(sent, closed, retried, false);
                }
                case SENT -> sent++;
                case CLOSED -> closed++;
                case RETRY -> retried++;
                case SERVER_DOWN -> {
                    return new Run(sent, closed, retried + 1, true);
                }
            }
        }
        return new Run(sent, closed, retried, false);
    }

    Outcome deliverOne(MailTransport transport) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            Optional<OutboxMessage> claimed = store.claimNext(now);
            if (claimed.isEmpty()) {
                return Outcome.NONE_DUE;
            }
            OutboxMessage message = claimed.get();
            if (message.expiresAt() != null && !message.expiresAt().isAfter(now)) {
                store.close(message.id(), MailStatus.FAILED, "its link expired before it could be sent", now, false);
                return Outcome.CLOSED;
            }
            if (store.suppressed(message.toAddress())) {
                store.close(
                        message.id(),
                        MailStatus.SUPPRESSED,
                        "the address is suppressed after a bounce or complaint",
                        now,
                        false);
                return Outcome.CLOSED;
            }
            MimeMessage mime;
            try {
                mime = MailRendering.mime(transport.session(), message, settings, links);
            } catch (MessagingException | RuntimeException e) {
                store.close(message.id(), MailStatus.FAILED, "could not be composed: " + e.getMessage(), now, false);
                return Outcome.CLOSED;
            }
            try {
                transport.send(mime);
            } catch (MailException e) {
                return failed(message, e, now);
            }
            store.markSent(message.id(), clock.instant());
            return Outcome.SENT;
        });
    }

    private Outcome failed(OutboxMessage message, MailException e, Instant now) {
        Integer code = returnCode(e);
        String reason = describe(e, code);
        if (code != null && code >= 500) {
            store.close(message.id(), MailStatus.FAILED, "refused by the mail server: " + reason, now, true);
            if (rejectedAddress(e)) {
                store.suppress(
                        message.toAddress(),
                        "the mail server refused the address: " + reason,
                        Suppression.Source.REJECTED,
                        message.id(),
                        now);
            }
            return Outcome.CLOSED;
        }
        if (now.isAfter(message.createdAt().plus(GIVE_UP))) {
            store.close(
                    message.id(),
                    MailStatus.FAILED,
                    "undeliverable for " + GIVE_UP.toDays() + " days: " + reason,
                    now,
                    true);
            return Outcome.CLOSED;
        }
        Instant next = now.plus(backoff(message.attempts() + 1));
        store.retryLater(message.id(), next, reason, now);
        boolean down = code == null && unreachable(e);
        if (down) {
            log.warn(
                    "The mail server {}:{} cannot be reached ({}); retrying", settings.host(), settings.port(), reason);
        }
        return down ? Outcome.SERVER_DOWN : Outcome.RETRY;
    }

    /** 30 s after the first failure, doubling each time, never more than an hour. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(0, attempts - 1), 20);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Integer returnCode(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException failed) {
                return failed.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode();
            }
            if (t instanceof MailSendException send) {
                for (Exception inner : send.getMessageExceptions()) {
                    Integer code = returnCode(inner);
                    if (code != null) {
                        return code;
                    }
                }
            }
        }
        return null;
    }

    private static boolean rejectedAddress(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException) {
                return true;
            }
            if (t instanceof MailSendException send) {
                for (Exception inner : send.getMessageExceptions()) {
                    if (rejectedAddress(inner)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof MailConnectException
                    || t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException
                    || t instanceof MailAuthenticationException) {
                return true;
            }
            if (t instanceof MailSendException send && send.getFailedMessages().isEmpty()) {
                // Spring reports a failed connection as a send exception with no failed messages
                for (Exception inner : send.getMessageExceptions()) {
                    if (unreachable(inner)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        if (t instanceof SendFailedException s && s.getCause() != null) {
            return s.getCause();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(Throwable e, Integer code) {
        Throwable deepest = e;
        for (Throwable t = e; t != null; t = next(t)) {
            if (t.getMessage() != null) {
                deepest = t;
            }
            if (t instanceof MailSendException send && send.getMessageExceptions().length > 0) {
                deepest = send.getMessageExceptions()[0];
            }
        }
        String text = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        text = text.replaceAll("\\s+", " ").trim();
        if (text.length() > 300) {
            text = text.substring(0, 300) + "…";
        }
        return code == null || text.startsWith(String.valueOf(code)) ? text : code + " " + text;
    }
}
