package org.convener.platform.web;

import org.convener.platform.CurrentUser;
import org.convener.platform.Messages;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.security.SignInThrottle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage accounts: create, reset a password, unlock, disable. */
@Controller
class AdminAccountsController {

    private final Accounts accounts;
    private final SignInThrottle throttle;

    AdminAccountsController(Accounts accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        var all = accounts.all();
        model.addAttribute("accounts", all);
        model.addAttribute(
                "delayed", throttle.delayed(all.stream().map(a -> a.email()).toList()));
        model.addAttribute("now", accounts.clock().instant());
        return "platform/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(
            @RequestParam String email,
            @RequestParam(required = false) Long personId,
            @RequestParam(defaultValue = "false") boolean admin,
            RedirectAttributes redirect) {
        try {
            var created = accounts.create(email, personId, admin);
            redirect.addFlashAttribute(
                    "notice",
                    "Account created for " + created.account().email()
                            + ". Its one-time password, shown only now, is " + created.oneTimePassword()
                            + " — pass it on safely; it must be changed at first sign-in.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        existing(id);
        String password = accounts.resetPassword(id);
        redirect.addFlashAttribute(
                "notice",
                "New one-time password for " + accounts.find(id).orElseThrow().email() + ", shown only now: " + password
                        + ". The account's sessions have been signed out.");
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
        accounts.find(id)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "No such account."));
    }
}
