package org.convener.platform.mail;

/**
 * Something Convener tells people about. A module declares its kinds as beans; each person
 * chooses, per kind, how they hear of it.
 *
 * @param key stable, stored with each person's choice, e.g. {@code letter-awaiting-signature}
 * @param label what the preferences page calls it
 * @param description when it is sent, in a sentence
 * @param usual how people hear of it until they choose
 */
public record NotificationKind(String key, String label, String description, Delivery usual) {

    public NotificationKind {
        if (key == null || !key.matches("[a-z][a-z-]{1,60}")) {
            throw new IllegalArgumentException("a notification kind needs a key of lower-case words and hyphens");
        }
    }

    /** How a person hears of a kind of notification. */
    public enum Delivery {
        IMMEDIATE("At once"),
        DIGEST("In a daily digest"),
        NEVER("Never");

        private final String label;

        Delivery(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
