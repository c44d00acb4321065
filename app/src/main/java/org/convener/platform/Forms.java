package org.convener.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the pages that change things share: the user, days typed into forms, and the flashed outcome. */
public final class Forms {

    private Forms() {}

    /** The signed-in user; the access rules let no one else reach the pages that ask. */
    public static CurrentUser signedIn() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    /** A day from a date input, or {@code otherwise} when left blank. */
    public static LocalDate day(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }

    /** Runs a change and redirects, flashing the notice it returns or the reason it was refused. */
    public static String outcome(RedirectAttributes redirect, String to, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
        }
        return "redirect:" + to;
    }
}
