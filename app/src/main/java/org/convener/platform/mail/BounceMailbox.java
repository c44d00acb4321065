package org.convener.platform.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox over IMAP: delivery status notifications and spam complaints are acted
 * on (permanent failures and complaints suppress the address; delays change nothing) and
 * deleted; anything else (a person replying to the bounce address) is marked read and
 * left for a human. Several instances may read the same mailbox: acting on a report twice
 * changes nothing the second time.
 */
@Component
@ConditionalOnWebApplication
class BounceMailbox {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);

    private final BounceSettings settings;
    private final Bounces bounces;

    BounceMailbox(BounceSettings settings, Bounces bounces) {
        this.settings = settings;
        this.bounces = bounces;
        if (settings.configured()) {
            log.info("Reading bounces from {} on {}:{}", settings.folder(), settings.host(), settings.port());
        }
    }

    @Scheduled(
            initialDelayString = "${convener.bounces.poll-seconds:60}",
            fixedDelayString = "${convener.bounces.poll-seconds:60}",
            timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void poll() {
        if (!settings.configured()) {
            return;
        }
        try {
            int suppressed = read(settings, bounces);
            if (suppressed > 0) {
                log.info("Suppressed {} addresses after bounces or complaints", suppressed);
            }
        } catch (MessagingException | RuntimeException e) {
            log.warn("Could not read the bounce mailbox: {}", e.getMessage());
        }
    }

    /** Reads every unread message in the mailbox; returns how many addresses were newly suppressed. */
    static int read(BounceSettings settings, Bounces bounces) throws MessagingException {
        String protocol = settings.tls().equals("imaps") ? "imaps" : "imap";
        var properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", "30000");
        if (settings.tls().equals("starttls")) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        Session session = Session.getInstance(properties);
        int suppressed = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (message.isMimeType("multipart/report")) {
                        // a report of a delay, or of a failure, is dealt with here and needs no human
                        var report = read((MimeMessage) message);
                        if (report != null) {
                            suppressed += bounces.record(report);
                        }
                        message.setFlag(Flags.Flag.DELETED, true);
                    } else {
                        message.setFlag(Flags.Flag.SEEN, true);
                    }
                }
            } finally {
                folder.close(true);
            }
        }
        return suppressed;
    }

    private static DeliveryReport read(MimeMessage message) {
        try {
            return DeliveryReport.read(message).orElse(null);
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("Unreadable message in the bounce mailbox: {}", e.getMessage());
            return null;
        }
    }
}
