package org.convener.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.convener.platform.Messages;
import org.convener.platform.accounts.Invitations;
import org.convener.platform.accounts.PasswordResets;
import org.convener.platform.mail.MailDates;
import org.convener.platform.security.SignInThrottle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The links that set a password without signing in: an invitation to an account, and "forgot
 * password". Each link works once and expires; the pages say so plainly when one no longer works.
 */
@Controller
class AccountLinksController {

    private final Invitations invitations;
    private final PasswordResets resets;

    AccountLinksController(Invitations invitations, PasswordResets resets) {
        this.invitations = invitations;
        this.resets = resets;
    }

    @GetMapping("/account/invitation/{token}")
    String invitation(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var invitation = invitations.open(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("what", "invitation");
            return "platform/link-gone";
        }
        model.addAttribute("heading", "Welcome to Convener");
        model.addAttribute(
                "lead",
                "Choose a password for " + invitation.get().email() + ". This link works once, until "
                        + MailDates.time(invitation.get().expiresAt()) + ".");
        model.addAttribute("action", "/account/invitation/" + token);
        model.addAttribute("email", invitation.get().email());
        model.addAttribute("button", "Create my account");
        model.addAttribute("error", null);
        return "platform/choose-password";
    }

    @PostMapping("/account/invitation/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam String chosen,
            @RequestParam String repeated,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            if (!chosen.equals(repeated)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            var account = invitations.accept(token, chosen);
            return "redirect:/login?ready&email="
                    + java.net.URLEncoder.encode(account.email(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            if (invitations.open(token).isEmpty()) {
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute("what", "invitation");
                return "platform/link-gone";
            }
            String address = invitations.open(token).orElseThrow().email();
            model.addAttribute("heading", "Welcome to Convener");
            model.addAttribute("lead", "Choose a password for " + address + ".");
            model.addAttribute("action", "/account/invitation/" + token);
            model.addAttribute("email", address);
            model.addAttribute("button", "Create my account");
            model.addAttribute("error", Messages.sentence(e.getMessage()));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "platform/choose-password";
        }
    }

    @GetMapping("/login/forgot")
    String forgot(Model model) {
        model.addAttribute("sent", false);
        model.addAttribute("email", "");
        return "platform/forgot";
    }

    @PostMapping("/login/forgot")
    String requestReset(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        // a client is its address, or for IPv6 its /64 network, as the sign-in throttle counts it
        var outcome = resets.request(email, SignInThrottle.network(request.getRemoteAddr()));
        if (outcome == PasswordResets.Requested.CLIENT_THROTTLED) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "3600");
            model.addAttribute("sent", false);
            model.addAttribute("email", email);
            model.addAttribute("error", "Too many requests for links from your connection. Try again in an hour.");
            return "platform/forgot";
        }
        // the same answer whether or not an account has the address
        model.addAttribute("sent", true);
        model.addAttribute("email", email.trim());
        return "platform/forgot";
    }

    @GetMapping("/login/reset/{token}")
    String reset(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var account = resets.open(token);
        if (account.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("what", "reset");
            return "platform/link-gone";
        }
        model.addAttribute("heading", "Choose a new password");
        model.addAttribute("lead", "For " + account.get().email() + ". This link works once.");
        model.addAttribute("action", "/login/reset/" + token);
        model.addAttribute("email", account.get().email());
        model.addAttribute("button", "Set my password");
        model.addAttribute("error", null);
        return "platform/choose-password";
    }

    @PostMapping("/login/reset/{token}")
    String chooseNew(
            @PathVariable String token,
            @RequestParam String chosen,
            @RequestParam String repeated,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            if (!chosen.equals(repeated)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            var account = resets.reset(token, chosen);
            return "redirect:/login?ready&email="
                    + java.net.URLEncoder.encode(account.email(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            var account = resets.open(token);
            if (account.isEmpty()) {
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute("what", "reset");
                return "platform/link-gone";
            }
            model.addAttribute("heading", "Choose a new password");
            model.addAttribute("lead", "For " + account.get().email() + ".");
            model.addAttribute("action", "/login/reset/" + token);
            model.addAttribute("email", account.get().email());
            model.addAttribute("button", "Set my password");
            model.addAttribute("error", Messages.sentence(e.getMessage()));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "platform/choose-password";
        }
    }
}
