package org.convener.platform.mail;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Administrators read the outbox: every message, its status and why, and the suppressed addresses. */
@Controller
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String outbox(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page, Model model) {
        MailStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = MailStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "There is no status \"" + status + "\".");
            }
        }
        var messages = outbox.page(filter, page);
        boolean more = messages.size() > Outbox.pageSize();
        model.addAttribute("messages", more ? messages.subList(0, Outbox.pageSize()) : messages);
        model.addAttribute("more", more);
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("status", filter);
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("settings", outbox.settings());
        model.addAttribute("suppressions", outbox.suppressions());
        return "platform/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String message(@PathVariable long id, Model model) {
        var message = outbox.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such message in the outbox."));
        model.addAttribute("message", message);
        model.addAttribute("text", outbox.textAsSent(message));
        model.addAttribute("settings", outbox.settings());
        return "platform/outbox-message";
    }
}
