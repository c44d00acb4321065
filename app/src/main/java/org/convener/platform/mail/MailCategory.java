package org.convener.platform.mail;

/** What kind of message: only bulk messages carry an unsubscribe link and headers. */
public enum MailCategory {
    /** An invitation to an account or a password reset. */
    ACCOUNT("Account"),
    /** A notification sent at once. */
    NOTIFICATION("Notification"),
    /** A day's notifications in one message. */
    DIGEST("Digest"),
    /** A message to a group's members, with one-click unsubscribe. */
    BULK("Group message"),
    /** A test copy of a group message, sent to its writer. */
    TEST("Test copy");

    private final String label;

    MailCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
