package org.convener.messages.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.messages.Audience;
import org.convener.messages.GroupMessage;
import org.convener.messages.GroupMessages;
import org.convener.messages.MessageStatus;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.mail.Outbox;
import org.convener.seats.SeatIntelligence;
import org.convener.shared.Format;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing to a group's members, for those who run the group: compose, see who it will reach and
 * who is left out and why, preview, try it on yourself, send now or at a chosen time, and follow
 * each recipient's copy.
 */
@Controller
class MessagesController {

    private final GroupMessages messages;
    private final Groups groups;
    private final Outbox outbox;
    private final SeatIntelligence seats;

    MessagesController(GroupMessages messages, Groups groups, Outbox outbox, SeatIntelligence seats) {
        this.messages = messages;
        this.groups = groups;
        this.outbox = outbox;
        this.seats = seats;
    }

    @GetMapping("/groups/{slug}/messages")
    String list(@PathVariable String slug, Model model) {
        Group group = run(slug);
        model.addAttribute("group", group);
        model.addAttribute("messages", messages.of(group.id()));
        model.addAttribute("smtp", outbox.smtpConfigured());
        return "messages/list";
    }

    @GetMapping("/groups/{slug}/messages/new")
    String compose(@PathVariable String slug, Model model) {
        Group group = run(slug);
        return form(model, group, null, new MessageForm("", "", null, null, null), null);
    }

    /** Who a message to the chosen audience reaches, as the form's filters change (htmx). */
    @GetMapping("/groups/{slug}/messages/reach")
    String reach(
            @PathVariable String slug,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String constituency,
            Model model) {
        Group group = run(slug);
        model.addAttribute(
                "reach", messages.reach(group.id(), new Audience(role, tag, constituency), Forms.signedIn()));
        model.addAttribute("names", false);
        return "messages/reach";
    }

    @PostMapping("/groups/{slug}/messages")
    String create(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String constituency,
            Model model,
            RedirectAttributes redirect) {
        Group group = run(slug);
        var draft = new MessageForm(subject, body, role, tag, constituency);
        try {
            GroupMessage message = messages.draft(group.id(), subject, body, draft.audience(), Forms.signedIn());
            redirect.addFlashAttribute("notice", "Saved as a draft. Check who it reaches, preview it, then send.");
            return "redirect:/groups/" + slug + "/messages/" + message.id();
        } catch (IllegalArgumentException e) {
            return form(model, group, null, draft, org.convener.platform.Messages.sentence(e.getMessage()));
        }
    }

    @GetMapping("/groups/{slug}/messages/{id}")
    String message(@PathVariable String slug, @PathVariable long id, Model model) {
        Group group = run(slug);
        GroupMessage message = of(group, id);
        model.addAttribute("group", group);
        model.addAttribute("message", message);
        model.addAttribute("html", messages.html(message, group));
        model.addAttribute("text", messages.text(message, group));
        model.addAttribute(
                "reach",
                message.status() == MessageStatus.SENT
                        ? null
                        : messages.reach(group.id(), message.audience(), Forms.signedIn()));
        model.addAttribute(
                "recipients", message.status() == MessageStatus.SENT ? messages.recipients(id) : java.util.List.of());
        model.addAttribute("audience", describe(message.audience()));
        model.addAttribute("smtp", outbox.smtpConfigured());
        model.addAttribute("me", Forms.signedIn().email());
        model.addAttribute("earliest", Format.inputDateTime(Instant.now().plusSeconds(300)));
        return "messages/message";
    }

    @GetMapping("/groups/{slug}/messages/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        Group group = run(slug);
        GroupMessage message = of(group, id);
        if (message.status() != MessageStatus.DRAFT) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Only a draft can be changed.");
        }
        var audience = message.audience();
        return form(
                model,
                group,
                message,
                new MessageForm(
                        message.subject(), message.body(), audience.role(), audience.tag(), audience.constituency()),
                null);
    }

    @PostMapping("/groups/{slug}/messages/{id}")
    String revise(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String constituency,
            Model model,
            RedirectAttributes redirect) {
        Group group = run(slug);
        GroupMessage message = of(group, id);
        var draft = new MessageForm(subject, body, role, tag, constituency);
        try {
            messages.revise(message.id(), subject, body, draft.audience());
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/groups/" + slug + "/messages/" + id;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return form(model, group, message, draft, org.convener.platform.Messages.sentence(e.getMessage()));
        }
    }

    @PostMapping("/groups/{slug}/messages/{id}/test")
    String test(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        Group group = run(slug);
        GroupMessage message = of(group, id);
        CurrentUser user = Forms.signedIn();
        return Forms.outcome(redirect, "/groups/" + slug + "/messages/" + id, () -> {
            messages.sendTest(message.id(), user);
            return "A test copy is "
                    + (outbox.smtpConfigured()
                            ? "on its way to " + user.email()
                            : "in the outbox (no mail server is set)")
                    + ".";
        });
    }

    @PostMapping("/groups/{slug}/messages/{id}/send")
    String send(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) Integer expected,
            RedirectAttributes redirect) {
        Group group = run(slug);
        GroupMessage message = of(group, id);
        return Forms.outcome(redirect, "/groups/" + slug + "/messages/" + id, () -> {
            GroupMessage sent = messages.send(message.id(), expected, Forms.signedIn());
            return "Sent to " + sent.recipients() + (sent.recipients() == 1 ? " member" : " members")
                    + (outbox.smtpConfigured() ? "." : ". No mail server is set, so the copies wait in the outbox.");
        });
    }

    @PostMapping("/groups/{slug}/messages/{id}/schedule")
    String schedule(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String at,
            RedirectAttributes redirect) {
        Group group = run(slug);
        GroupMessage message = of(group, id);
        return Forms.outcome(redirect, "/groups/" + slug + "/messages/" + id, () -> {
            Instant when;
            try {
                when = LocalDateTime.parse(at.trim()).atZone(Format.LONDON).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + at + "\" is not a date and time");
            }
            GroupMessage scheduled = messages.schedule(message.id(), when, Forms.signedIn());
            return "Scheduled for " + Format.dateTime(scheduled.scheduledFor())
                    + ". Who receives it is worked out then, from the consent in force at that moment.";
        });
    }

    @PostMapping("/groups/{slug}/messages/{id}/unschedule")
    String unschedule(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        Group group = run(slug);
        GroupMessage message = of(group, id);
        return Forms.outcome(redirect, "/groups/" + slug + "/messages/" + id, () -> {
            messages.unschedule(message.id());
            return "No longer scheduled: it is a draft again.";
        });
    }

    @PostMapping("/groups/{slug}/messages/{id}/discard")
    String discard(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        Group group = run(slug);
        GroupMessage message = of(group, id);
        return Forms.outcome(redirect, "/groups/" + slug + "/messages", () -> {
            messages.discard(message.id());
            return "Draft discarded.";
        });
    }

    private String form(Model model, Group group, GroupMessage message, MessageForm draft, String error) {
        model.addAttribute("group", group);
        model.addAttribute("message", message);
        model.addAttribute("draft", draft);
        model.addAttribute("roles", Role.of(group.kind()));
        model.addAttribute("tags", messages.tags(group.id()));
        var constituencies = new java.util.LinkedHashMap<String, String>();
        messages.constituencies(group.id())
                .forEach(code -> constituencies.put(
                        code,
                        seats.seat(org.convener.engine.ConstituencyCode.of(code))
                                .map(org.convener.seats.Seat::name)
                                .orElse(code)));
        model.addAttribute("constituencies", constituencies);
        model.addAttribute("reach", messages.reach(group.id(), draft.audience(), Forms.signedIn()));
        model.addAttribute("error", error);
        return "messages/edit";
    }

    /** The audience in words: "every member", "organisers tagged “driver” in Derby North". */
    private String describe(Audience audience) {
        if (audience.everyone()) {
            return "every member";
        }
        var words = new StringBuilder(
                audience.role() == null ? "members" : audience.role().label().toLowerCase() + "s");
        if (audience.tag() != null) {
            words.append(" tagged “").append(audience.tag()).append("”");
        }
        if (audience.constituency() != null) {
            words.append(" in ")
                    .append(seats.seat(org.convener.engine.ConstituencyCode.of(audience.constituency()))
                            .map(org.convener.seats.Seat::name)
                            .orElse(audience.constituency()));
        }
        return words.toString();
    }

    /** The group, if the user runs it: an organiser writes only to their own groups. */
    private Group run(String slug) {
        CurrentUser user = Forms.signedIn();
        Group group = groups.find(slug)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no group " + slug + "."));
        if (!groups.canManage(user, group.id())) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only those who run " + group.name() + " write to its members.");
        }
        return group;
    }

    private GroupMessage of(Group group, long id) {
        return messages.find(id)
                .filter(m -> m.groupId() == group.id())
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "No such message in " + group.name() + "."));
    }
}
