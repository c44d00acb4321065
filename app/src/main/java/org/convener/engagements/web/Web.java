package org.convener.engagements.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.convener.platform.CurrentUser;
import org.convener.platform.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the engagement pages share: the user, dates from forms, and turning refusals into messages. */
final class Web {

    private Web() {}

    static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    static ResponseStatusException forbidden(String why) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, why);
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
    }

    static LocalDate day(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }

    static java.time.Instant dateTime(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give the date and time");
        }
        try {
            return LocalDateTime.parse(text.trim()).atZone(org.convener.shared.Format.LONDON).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date and time");
        }
    }

    /** Runs a change and flashes its outcome: the notice it returns, or the reason it was refused. */
    static String act(RedirectAttributes redirect, String to, java.util.function.Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
        }
        return "redirect:" + to;
    }
}
