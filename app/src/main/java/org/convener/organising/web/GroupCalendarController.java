package org.convener.organising.web;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.organising.Meetings;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.accounts.Accounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A group's calendar, beside the personal one: a secret address per member and group that a
 * calendar program subscribes to, and the public feed of the events a group shows publicly.
 */
@Controller
class GroupCalendarController {

    private final Meetings meetings;
    private final Groups groups;
    private final Accounts accounts;

    GroupCalendarController(Meetings meetings, Groups groups, Accounts accounts) {
        this.meetings = meetings;
        this.groups = groups;
        this.accounts = accounts;
    }

    /** A new secret address, shown once; any earlier one for this group stops working. */
    @PostMapping("/groups/{slug}/calendar")
    String issue(@PathVariable String slug, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Group group = localGroup(slug, user);
        String token = meetings.issueFeed(user.accountId(), group.id());
        String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/group-calendar/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
        redirect.addFlashAttribute("address", address);
        redirect.addFlashAttribute(
                "notice", "The group's calendar address is ready. Copy it now: it is shown only once.");
        return "redirect:/groups/" + slug + "/meetings";
    }

    @PostMapping("/groups/{slug}/calendar/revoke")
    String revoke(@PathVariable String slug, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Group group = localGroup(slug, user);
        return Forms.outcome(redirect, "/groups/" + slug + "/meetings", () -> {
            meetings.revokeFeed(user.accountId(), group.id());
            return "Revoked: the old address no longer works.";
        });
    }

    /** The feed, reached by its secret alone, for as long as the account may still see the group. */
    @GetMapping("/group-calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        long[] feed = meetings.feed(token).orElseThrow(() -> Pages.notFound("No such calendar."));
        var account =
                accounts.find(feed[0]).filter(a -> a.enabled()).orElseThrow(() -> Pages.notFound("No such calendar."));
        var roles = new HashSet<String>();
        roles.add(CurrentUser.MEMBER);
        if (account.admin()) {
            roles.add(CurrentUser.ADMIN);
        }
        var user = new CurrentUser(account.id(), account.email(), account.personId(), roles);
        Group group = groups.find(feed[1])
                .filter(g -> groups.canView(user, g.id()))
                .orElseThrow(() -> Pages.notFound("No such calendar."));
        return calendar(meetings.calendar(group, false), "private, max-age=300");
    }

    /** The events a group shows publicly, for anyone to subscribe to. */
    @GetMapping("/local-groups/{slug}/events.ics")
    ResponseEntity<String> publicFeed(@PathVariable String slug) {
        Group group = PublicGroupController.shown(groups, meetings, slug);
        return calendar(meetings.calendar(group, true), "public, max-age=900");
    }

    private Group localGroup(String slug, CurrentUser user) {
        Group group = Pages.viewable(groups, slug, user);
        if (group.kind() != GroupKind.LOCAL_GROUP) {
            throw Pages.notFound("Caucuses' engagements are in the personal calendar.");
        }
        return group;
    }

    private static ResponseEntity<String> calendar(String body, String cache) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, cache)
                .body(body);
    }
}
