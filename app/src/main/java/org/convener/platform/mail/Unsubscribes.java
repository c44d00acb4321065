package org.convener.platform.mail;

import java.time.Clock;
import java.util.Optional;
import org.convener.platform.audit.AuditActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One-click unsubscribe from bulk mail, by the token in the message's link and headers. */
@Service
public class Unsubscribes {

    private final OutboxStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Unsubscribes(OutboxStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The message a token came in, if it is one of ours and its recipient is still on record. */
    public Optional<OutboxMessage> message(String token) {
        if (!LinkTokens.plausible(token)) {
            return Optional.empty();
        }
        return store.byUnsubscribeHash(LinkTokens.hash(token)).filter(m -> m.personId() != null);
    }

    /**
     * Withdraws the recipient's email consent at once (the listeners record it), whatever it was.
     *
     * @return the message, or empty when the token is not one of ours
     */
    @Transactional
    public Optional<OutboxMessage> unsubscribe(String token, String how) {
        var message = message(token);
        message.ifPresent(m -> AuditActor.as(
                "unsubscribe link",
                () -> events.publishEvent(
                        new MailUnsubscribed(m.id(), m.personId(), m.reference(), how, clock.instant()))));
        return message;
    }
}
