package org.convener.platform.mail;

import java.time.Instant;

/** An address never mailed again, and why. */
public record Suppression(String address, String reason, Source source, Long outboxId, Instant suppressedAt) {

    public enum Source {
        /** A delivery status notification said the address does not exist. */
        BOUNCE,
        /** The recipient marked a message as spam (a feedback-loop report). */
        COMPLAINT,
        /** Our own SMTP server refused the address for good. */
        REJECTED
    }
}
