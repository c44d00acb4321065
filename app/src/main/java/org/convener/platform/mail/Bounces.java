package org.convener.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.convener.platform.audit.AuditActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on a bounce or complaint: suppresses the address, marks the message it answers, and tells
 * the modules (a complaint also withdraws the person's email consent, as an unsubscribe does).
 */
@Service
class Bounces {

    private final OutboxStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bounces(OutboxStore store, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many addresses were newly suppressed */
    @Transactional
    public int record(DeliveryReport report) {
        Instant now = clock.instant();
        int suppressed = 0;
        for (String address : report.recipients()) {
            Optional<OutboxMessage> message = Optional.ofNullable(report.originalMessageId())
                    .flatMap(store::byMessageId)
                    .filter(m -> address.equalsIgnoreCase(m.toAddress()))
                    .or(() -> store.lastSentTo(address));
            boolean complaint = report.kind() == DeliveryReport.Kind.COMPLAINT;
            String reason = complaint
                    ? "the recipient reported a message as spam (" + report.status() + ")"
                    : "bounced permanently: " + report.status()
                            + (report.diagnostic() == null ? "" : " " + report.diagnostic());
            if (reason.length() > 500) {
                reason = reason.substring(0, 500) + "…";
            }
            if (store.suppress(
                    address,
                    reason,
                    complaint ? Suppression.Source.COMPLAINT : Suppression.Source.BOUNCE,
                    message.map(OutboxMessage::id).orElse(null),
                    now)) {
                suppressed++;
            }
            if (message.isEmpty()) {
                continue;
            }
            OutboxMessage m = message.get();
            if (complaint) {
                if (m.personId() != null) {
                    AuditActor.as(
                            "feedback report",
                            () -> events.publishEvent(new MailUnsubscribed(
                                    m.id(), m.personId(), m.reference(), "a report of a message as spam", now)));
                }
                continue;
            }
            jdbc.sql(
                            "update platform.outbox_message set status = 'BOUNCED', reason = ? where id = ? and status = 'SENT'")
                    .params(reason, m.id())
                    .update();
            String why = reason;
            AuditActor.as(
                    "bounce mailbox",
                    () -> events.publishEvent(new MailBounced(m.id(), m.personId(), m.reference(), why)));
        }
        return suppressed;
    }
}
