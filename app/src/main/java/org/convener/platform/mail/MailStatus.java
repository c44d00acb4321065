package org.convener.platform.mail;

/** Where a message in the outbox stands. */
public enum MailStatus {
    QUEUED("Queued"),
    SENT("Sent"),
    /** Failed for good: refused by the server, expired, or undeliverable for too long. */
    FAILED("Failed"),
    /** Not sent: the address is suppressed after a bounce or complaint. */
    SUPPRESSED("Suppressed"),
    /** Sent, then bounced back permanently. */
    BOUNCED("Bounced");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
