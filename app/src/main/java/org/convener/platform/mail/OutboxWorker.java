package org.convener.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the outbox's delivery every few seconds in the server, when an SMTP server is configured.
 * Safe with several instances on one database: each message is claimed with a row lock that the
 * others skip.
 */
@Component
@ConditionalOnWebApplication
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 200;

    private final OutboxDelivery delivery;
    private final OutboxStore store;
    private final SmtpSettings settings;
    private final Clock clock;
    private final MailTransport transport;
    /** After the server was unreachable, when to try again; the messages carry their own back-off too. */
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

    OutboxWorker(
            OutboxStore store, TransactionTemplate transactions, SmtpSettings settings, MailLinks links, Clock clock) {
        this.delivery = new OutboxDelivery(store, transactions, settings, links, clock);
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.transport = settings.configured() ? MailTransport.smtp(settings) : null;
        if (settings.configured()) {
            log.info(
                    "Mail goes out through {}:{} ({}), from {}",
                    settings.host(),
                    settings.port(),
                    settings.tls(),
                    settings.from());
        } else {
            log.info("No SMTP server configured (CONVENER_SMTP_HOST): messages stay in the outbox at /admin/outbox");
        }
    }

    @Scheduled(
            initialDelayString = "${convener.smtp.poll-seconds:5}",
            fixedDelayString = "${convener.smtp.poll-seconds:5}",
            timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void poll() {
        if (transport == null || clock.instant().isBefore(pausedUntil.get()) || !store.anyDue(clock.instant())) {
            return;
        }
        try {
            var run = delivery.deliverDue(transport, BATCH);
            if (run.serverDown()) {
                pausedUntil.set(clock.instant().plus(OutboxDelivery.FIRST_RETRY));
            }
            if (run.sent() + run.closed() > 0) {
                log.info("Outbox: {} sent, {} closed, {} to retry", run.sent(), run.closed(), run.retried());
            }
        } catch (RuntimeException e) {
            log.warn("Outbox delivery failed; it will be tried again", e);
        }
    }
}
