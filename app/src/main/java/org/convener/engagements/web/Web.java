package org.convener.engagements.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the engagement pages share beyond {@link org.convener.platform.Forms}: refusals and times from forms. */
final class Web {

    private Web() {}

    static ResponseStatusException forbidden(String why) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, why);
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
    }

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
