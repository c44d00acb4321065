package org.convener.engagements.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** What the engagement pages share beyond {@link org.convener.platform.Forms}: refusals and times from forms. */
final class Web {

    private Web() {}

    static java.time.Instant dateTime(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give the date and time");
        }
        try {
            return LocalDateTime.parse(text.trim())
                    .atZone(org.convener.shared.Format.LONDON)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date and time");
        }
    }
}
