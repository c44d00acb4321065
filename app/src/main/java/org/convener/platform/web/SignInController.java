package org.convener.platform.web;

import org.convener.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST and signing out. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(
            @RequestParam(required = false) String failed,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String wait,
            Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/account";
        }
        model.addAttribute("failed", failed != null);
        model.addAttribute("email", email == null || email.length() > 254 ? "" : email);
        model.addAttribute("wait", wait != null && wait.matches("\\d{1,4}") ? Integer.parseInt(wait) : 0);
        return "platform/login";
    }
}
