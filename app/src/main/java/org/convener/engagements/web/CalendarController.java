package org.convener.engagements.web;

import java.util.HashSet;
import org.convener.engagements.CalendarFeeds;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Refusals;
import org.convener.platform.accounts.Accounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class CalendarController {

    private final CalendarFeeds feeds;
    private final Accounts accounts;

    CalendarController(CalendarFeeds feeds, Accounts accounts) {
        this.feeds = feeds;
        this.accounts = accounts;
    }

    @GetMapping("/account/calendar")
    String page(Model model) {
        model.addAttribute("live", feeds.hasFeed(Forms.signedIn().accountId()));
        return "engagements/calendar";
    }

    /** A new secret address, shown once; any earlier one stops working. */
    @PostMapping("/account/calendar")
    String issue(RedirectAttributes redirect) {
        String token = feeds.issue(Forms.signedIn().accountId());
        String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
        redirect.addFlashAttribute("address", address);
        redirect.addFlashAttribute("notice", "Your calendar address is ready. Copy it now: it is shown only once.");
        return "redirect:/account/calendar";
    }

    @PostMapping("/account/calendar/revoke")
    String revoke(RedirectAttributes redirect) {
        return Forms.outcome(redirect, "/account/calendar", () -> {
            feeds.revoke(Forms.signedIn().accountId());
            return "Revoked: the old address no longer works.";
        });
    }

    /** The feed itself, reached by its secret alone; a revoked or unknown secret is not found. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        var account = feeds.accountFor(token)
                .flatMap(accounts::find)
                .filter(a -> a.enabled())
                .orElseThrow(() -> Refusals.notFound("No such calendar."));
        var roles = new HashSet<String>();
        roles.add(CurrentUser.MEMBER);
        if (account.admin()) {
            roles.add(CurrentUser.ADMIN);
        }
        var user = new CurrentUser(account.id(), account.email(), account.personId(), roles);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(feeds.calendarFor(user));
    }
}
