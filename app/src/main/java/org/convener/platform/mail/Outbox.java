package org.convener.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every message goes first. {@link #queue} writes it in the caller's transaction, so a
 * message exists exactly when the change that caused it was committed; the worker sends it
 * afterwards. Messages to a suppressed address are recorded as suppressed and never sent.
 */
@Service
public class Outbox {

    /** Where a message's link secret is written into its text when it is sent. */
    public static final String SECRET = "⟦secret⟧";

    /** Where a bulk message's unsubscribe address goes; the outbox adds it to every bulk message's footer. */
    static final String UNSUBSCRIBE = "⟦unsubscribe⟧";

    private final OutboxStore store;
    private final SmtpSettings settings;
    private final MailLinks links;
    private final Clock clock;

    Outbox(OutboxStore store, SmtpSettings settings, MailLinks links, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Queues a message in the caller's transaction. A bulk message gets its own unsubscribe link
     * (in a footer and in the {@code List-Unsubscribe} headers).
     *
     * @return the outbox id
     */
    @Transactional
    public long queue(OutgoingMessage message) {
        Instant now = clock.instant();
        String messageId = "<" + UUID.randomUUID() + "@" + settings.domain() + ">";
        String secret = message.secret();
        String unsubscribeHash = null;
        OutgoingMessage stored = message;
        if (message.category() == MailCategory.BULK) {
            secret = LinkTokens.fresh();
            unsubscribeHash = LinkTokens.hash(secret);
            stored = new OutgoingMessage(
                    message.category(),
                    message.reference(),
                    message.personId(),
                    message.aboutPersonId(),
                    message.to(),
                    message.toName(),
                    message.subject(),
                    message.text() + "\n\n-- \nTo stop these emails, unsubscribe here: " + UNSUBSCRIBE + "\n",
                    message.html() == null
                            ? null
                            : message.html()
                                    + "<hr><p style=\"font-size:small;color:#555\">To stop these emails, <a href=\""
                                    + UNSUBSCRIBE + "\">unsubscribe</a>.</p>",
                    null,
                    message.notBefore(),
                    message.expiresAt());
        }
        boolean suppressed = store.suppressed(stored.to());
        return store.insert(
                stored,
                messageId,
                secret,
                unsubscribeHash,
                suppressed ? MailStatus.SUPPRESSED : MailStatus.QUEUED,
                suppressed ? "the address is suppressed after a bounce or complaint" : null,
                now);
    }

    public Optional<OutboxMessage> find(long id) {
        return store.find(id);
    }

    public Map<Long, OutboxMessage> byIds(Collection<Long> ids) {
        var found = new java.util.HashMap<Long, OutboxMessage>();
        store.findAll(ids).forEach(m -> found.put(m.id(), m));
        return found;
    }

    /** A page of the outbox, newest first; one more than a page when there is another. */
    public List<OutboxMessage> page(MailStatus status, int page) {
        return store.page(status, page);
    }

    public static int pageSize() {
        return OutboxStore.PAGE_SIZE;
    }

    public Map<MailStatus, Long> counts() {
        return store.counts();
    }

    /** Every message to a person, oldest first, for their export. */
    public List<OutboxMessage> toPerson(long personId) {
        return store.toPerson(personId);
    }

    /**
     * The text as it goes out, with its links: while a message is queued, an administrator reading
     * the outbox can pass a link on by hand; once it has left, its single-use secret is gone.
     */
    public String textAsSent(OutboxMessage message) {
        if (message.unsubscribable()) {
            // the recipient's own unsubscribe link is theirs alone; an administrator has no use for it
            return message.bodyText().replace(UNSUBSCRIBE, "(the recipient's own unsubscribe link)");
        }
        return MailRendering.fill(message.bodyText(), message, links);
    }

    /** For erasure: queued messages to the person are not sent, and every message to or about them loses its address and text. */
    @Transactional
    public void forgetPerson(long personId) {
        store.forgetPerson(personId, clock.instant());
    }

    public boolean suppressed(String address) {
        return store.suppressed(address);
    }

    public List<Suppression> suppressions() {
        return store.suppressions();
    }

    public boolean smtpConfigured() {
        return settings.configured();
    }

    public SmtpSettings settings() {
        return settings;
    }
}
