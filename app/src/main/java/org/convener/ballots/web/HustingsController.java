package org.convener.ballots.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.convener.ballots.Contest;
import org.convener.ballots.Contests;
import org.convener.ballots.Hustings;
import org.convener.ballots.Nomination;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
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

@Controller
class HustingsController {

    private final Contests contests;
    private final Hustings hustings;

    HustingsController(Contests contests, Hustings hustings) {
        this.contests = contests;
        this.hustings = hustings;
    }

    @GetMapping("/ballots/{id}/hustings")
    String page(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Contest c = visible(id, user);
        Hustings.Meeting m = hustings.of(c)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This contest has no hustings."));
        var byId = new java.util.HashMap<Long, Nomination>();
        contests.nominations(id).forEach(n -> byId.put(n.id(), n));
        model.addAttribute("contest", c);
        model.addAttribute("meeting", m);
        model.addAttribute(
                "speakers",
                m.speakers().stream()
                        .map(byId::get)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        model.addAttribute("chairs", hustings.canChair(user, c, m));
        model.addAttribute("runs", contests.canRun(user, c));
        model.addAttribute(
                "canAsk",
                user.personId() != null
                        && contests.isMember(c, user.personId())
                        && contests.now().isBefore(m.startsAt()));
        return "ballots/hustings";
    }

    @PostMapping("/ballots/{id}/hustings")
    String plan(
            @PathVariable long id,
            @RequestParam String startsAt,
            @RequestParam(required = false) Integer minutes,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) Long chairId,
            RedirectAttributes redirect) {
        run(id);
        return Forms.outcome(redirect, "/ballots/" + id + "/hustings", () -> {
            hustings.plan(id, when(startsAt), minutes == null ? 90 : minutes, place, chairId);
            return "Hustings planned. Members can send in questions until it starts.";
        });
    }

    @PostMapping("/ballots/{id}/hustings/order")
    String order(@PathVariable long id, @RequestParam List<Long> speaker, RedirectAttributes redirect) {
        run(id);
        return Forms.outcome(redirect, "/ballots/" + id + "/hustings", () -> {
            hustings.order(id, speaker);
            return "Speaking order saved.";
        });
    }

    @PostMapping("/ballots/{id}/hustings/questions")
    String ask(@PathVariable long id, @RequestParam String wording, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        visible(id, user);
        if (user.personId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your account is not linked to a member's record.");
        }
        return Forms.outcome(redirect, "/ballots/" + id + "/hustings", () -> {
            hustings.ask(id, user.personId(), wording);
            return "Question sent in. The chair chooses which questions are put.";
        });
    }

    @PostMapping("/ballots/{id}/hustings/questions/{questionId}/choice")
    String choose(
            @PathVariable long id,
            @PathVariable long questionId,
            @RequestParam(defaultValue = "true") boolean chosen,
            RedirectAttributes redirect) {
        chair(id);
        return Forms.outcome(redirect, "/ballots/" + id + "/hustings", () -> {
            hustings.choose(id, questionId, chosen);
            return chosen ? "Question added to the order." : "Question taken out of the order.";
        });
    }

    @PostMapping("/ballots/{id}/hustings/notes")
    String notes(@PathVariable long id, @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        chair(id);
        return Forms.outcome(redirect, "/ballots/" + id + "/hustings", () -> {
            hustings.notes(id, notes);
            return "Notes saved.";
        });
    }

    private static java.time.Instant when(String text) {
        try {
            return LocalDateTime.parse(text.trim()).atZone(Format.LONDON).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("give the date and time of the hustings");
        }
    }

    private void run(long id) {
        CurrentUser user = Forms.signedIn();
        Contest c = visible(id, user);
        if (!contests.canRun(user, c)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only those who run the group plan its hustings.");
        }
    }

    private void chair(long id) {
        CurrentUser user = Forms.signedIn();
        Contest c = visible(id, user);
        Hustings.Meeting m = hustings.of(c)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This contest has no hustings."));
        if (!hustings.canChair(user, c, m)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only the chair, or those who run the group, do this.");
        }
    }

    private Contest visible(long id, CurrentUser user) {
        Contest c = contests.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such contest."));
        if (!contests.canSee(user, c)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the group's members see its contests.");
        }
        return c;
    }
}
