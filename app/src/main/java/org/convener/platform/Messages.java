package org.convener.platform;

/** Turns a validation message into a sentence for a page. */
public final class Messages {

    private Messages() {}

    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "That did not work.";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
