package org.convener.platform.web;

import java.util.regex.Pattern;

/**
 * A person chosen in a name box from its suggestions ("Ada Lovelace (Bassetlaw) #677"): the
 * number at the end says who, since names are not unique.
 */
final class PersonChoice {

    private static final Pattern CHOSEN = Pattern.compile("#\\s*(\\d{1,18})\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\s*(?:person:)?(\\d{1,18})\\s*");

    private PersonChoice() {}

    /** The person's number, {@code null} for a blank box. */
    static Long idOf(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        var matcher = CHOSEN.matcher(chosen);
        if (matcher.find()) {
            return Long.parseLong(matcher.group(1));
        }
        var number = NUMBER.matcher(chosen);
        if (number.matches()) {
            return Long.parseLong(number.group(1));
        }
        throw new IllegalArgumentException(
                "choose the person from the suggestions that appear as you type their name (\"" + chosen.strip()
                        + "\" names no one in particular)");
    }
}
