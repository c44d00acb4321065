package org.convener.platform.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.convener.platform.CurrentUser;
import org.convener.platform.Messages;
import org.convener.platform.security.ApiScope;
import org.convener.platform.security.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's personal API tokens: make one (shown once), see when each was used, revoke. */
@Controller
class ApiTokensController {

    /** Where the caucus works: a token chosen to expire on a day lasts to that day's end there. */
    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/account/tokens")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) List<String> scopes,
            @RequestParam(required = false) LocalDate expires,
            Model model) {
        CurrentUser user = user();
        try {
            var chosen = EnumSet.noneOf(ApiScope.class);
            if (scopes != null) {
                scopes.forEach(code -> chosen.add(ApiScope.ofCode(code)));
            }
            if (expires == null) {
                throw new IllegalArgumentException("choose when the token expires");
            }
            var issued = tokens.create(
                    user.accountId(),
                    name,
                    chosen,
                    // the end of the chosen day where the caucus works
                    expires.plusDays(1).atStartOfDay(LONDON).toInstant().minusSeconds(1));
            return page(model, issued.secret(), null);
        } catch (IllegalArgumentException e) {
            return page(model, null, Messages.sentence(e.getMessage()));
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(user().accountId(), id);
            redirect.addFlashAttribute("notice", "Token revoked: it no longer works.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
        }
        return "redirect:/account/tokens";
    }

    private String page(Model model, String secret, String error) {
        model.addAttribute("tokens", tokens.of(user().accountId()));
        model.addAttribute("scopes", List.of(ApiScope.values()));
        model.addAttribute("secret", secret);
        model.addAttribute("error", error);
        model.addAttribute("defaultExpiry", LocalDate.now(LONDON).plusDays(90));
        return "platform/tokens";
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
