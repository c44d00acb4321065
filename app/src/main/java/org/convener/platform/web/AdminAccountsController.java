package org.convener.platform.web;

import org.convener.platform.CurrentUser;
import org.convener.platform.Messages;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.accounts.Invitations;
import org.convener.platform.accounts.PasswordResets;
import org.convener.platform.mail.Outbox;
import org.convener.platform.security.SignInThrottle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage accounts: invite someone by email, send a reset link, unlock, disable.
 * Nobody is handed a password: each person chooses their own from a link.
 */
@Controller
class AdminAccountsController {

    private final Accounts accounts;
    private final Invitations invitations;
    private final PasswordResets resets;
    private final Outbox outbox;
    private final SignInThrottle throttle;

    AdminAccountsController(
            Accounts accounts, Invitations invitations, PasswordResets resets, Outbox outbox, SignInThrottle throttle) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.resets = resets;
        this.outbox = outbox;
        this.throttle = throttle;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        var all = accounts.all();
        model.addAttribute("accounts", all);
        model.addAttribute(
                "delayed", throttle.delayed(all.stream().map(a -> a.email()).toList()));
        model.addAttribute("invitations", invitations.waiting());
        model.addAttribute("now", accounts.clock().instant());
        return "platform/accounts";
    }

    /** Where the link went, in words: to the address, or into the outbox when no mail server is set. */
    private String delivered(String email) {
        return outbox.smtpConfigured()
                ? "A link is on its way to " + email + "."
                : "No mail server is configured, so the message waits in the outbox (Admin › Outbox): open it there to pass the link to "
                        + email + " by hand.";
    }

    @PostMapping("/admin/accounts")
    String create(
            @RequestParam String email,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String person,
            @RequestParam(defaultValue = "false") boolean admin,
            RedirectAttributes redirect) {
        try {
            Long linked = personId != null ? personId : PersonChoice.idOf(person);
            var invitation = invitations.invite(email, linked, null, admin);
            redirect.addFlashAttribute(
                    "notice",
                    "Invited " + invitation.email() + " to choose a password. " + delivered(invitation.email()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        existing(id);
        try {
            resets.sendFor(id);
            redirect.addFlashAttribute(
                    "notice",
                    "A link to choose a new password, working once for half an hour. "
                            + delivered(accounts.find(id).orElseThrow().email()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        existing(id);
        accounts.unlock(id);
        throttle.forgive(accounts.find(id).orElseThrow().email());
        redirect.addFlashAttribute("notice", "Signing in is no longer delayed for this account.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        existing(id);
        if (!enabled && CurrentUser.get().map(u -> u.accountId() == id).orElse(false)) {
            redirect.addFlashAttribute("error", "You cannot disable your own account.");
            return "redirect:/admin/accounts";
        }
        accounts.setEnabled(id, enabled);
        redirect.addFlashAttribute("notice", enabled ? "Enabled." : "Disabled.");
        return "redirect:/admin/accounts";
    }

    private void existing(long id) {
        accounts.find(id).orElseThrow(() -> org.convener.platform.Refusals.notFound("No such account."));
    }
}
