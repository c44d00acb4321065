package org.convener.platform.mail;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The unsubscribe link of a bulk message. Opening it shows one button (a GET changes nothing, as
 * RFC 8058 asks, because mail scanners open links); the button, or a mail client's one-click POST
 * from the {@code List-Unsubscribe} header, unsubscribes at once without signing in. The token
 * is the only credential, so these POSTs carry no CSRF token.
 */
@Controller
class UnsubscribeController {

    private final Unsubscribes unsubscribes;

    UnsubscribeController(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        var message = unsubscribes
                .message(token)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "This unsubscribe link is not one of ours, or its message was erased."));
        model.addAttribute("token", token);
        model.addAttribute("address", message.toAddress());
        model.addAttribute("subject", message.subject());
        model.addAttribute("done", false);
        return "platform/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    Object unsubscribe(
            @PathVariable String token,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
            HttpServletRequest request,
            Model model) {
        var message = unsubscribes
                .unsubscribe(
                        token,
                        oneClick != null
                                ? "one-click unsubscribe in their mail program"
                                : "the unsubscribe link in a message")
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "This unsubscribe link is not one of ours, or its message was erased."));
        if (oneClick != null) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Unsubscribed.\n");
        }
        model.addAttribute("token", token);
        model.addAttribute("address", message.toAddress());
        model.addAttribute("subject", message.subject());
        model.addAttribute("done", true);
        return "platform/unsubscribe";
    }
}
