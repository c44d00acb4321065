package org.convener.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.convener.platform.CurrentUser;
import org.convener.platform.Messages;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.security.SessionEpochs;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: who they are, and changing the password. */
@Controller
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(Model model) {
        CurrentUser user = user();
        model.addAttribute("account", accounts.find(user.accountId()).orElseThrow());
        model.addAttribute("user", user);
        return "platform/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        CurrentUser user = user();
        model.addAttribute("account", accounts.find(user.accountId()).orElseThrow());
        model.addAttribute("error", null);
        return "platform/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam String current,
            @RequestParam String chosen,
            @RequestParam String repeated,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        CurrentUser user = user();
        try {
            if (!chosen.equals(repeated)) {
                throw new IllegalArgumentException("the two new passwords differ");
            }
            int epoch = accounts.changePassword(user.accountId(), current, chosen);
            // this session carries on; every other session of the account is over
            SessionEpochs.stamp(request, epoch);
        } catch (IllegalArgumentException e) {
            model.addAttribute("account", accounts.find(user.accountId()).orElseThrow());
            model.addAttribute("error", Messages.sentence(e.getMessage()));
            return "platform/password";
        }
        redirect.addFlashAttribute("notice", "Your password has been changed, and any other sessions signed out.");
        return "redirect:/account";
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
