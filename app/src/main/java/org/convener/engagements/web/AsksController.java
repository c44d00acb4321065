package org.convener.engagements.web;

import java.util.HashMap;
import java.util.Set;
import org.convener.engagements.Ask;
import org.convener.engagements.AskStatus;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.engagements.Topics;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AsksController {

    private final Asks asks;
    private final Caucuses caucuses;
    private final Topics topics;

    AsksController(Asks asks, Caucuses caucuses, Topics topics) {
        this.asks = asks;
        this.caucuses = caucuses;
        this.topics = topics;
    }

    /** The board: the asks of the caucuses the user belongs to or runs, in a column per status. */
    @GetMapping("/asks")
    String board(@RequestParam(required = false) Long topic, @RequestParam(required = false) Long caucus, Model model) {
        CurrentUser user = Forms.signedIn();
        Set<Long> seen = caucuses.idsSeenBy(user);
        Set<Long> shown = caucus != null && seen.contains(caucus) ? Set.of(caucus) : seen;
        var caucusNames = new HashMap<Long, String>();
        caucuses.seenBy(user).forEach(c -> caucusNames.put(c.id(), c.name()));
        model.addAttribute("board", asks.board(shown, topic));
        model.addAttribute("topics", topics);
        model.addAttribute("topic", topic);
        model.addAttribute("caucus", caucus);
        model.addAttribute("caucusNames", caucusNames);
        model.addAttribute("runs", caucuses.runBy(user));
        return "engagements/asks";
    }

    @PostMapping("/asks")
    String draft(
            @RequestParam long caucusId,
            @RequestParam long topicId,
            @RequestParam String title,
            @RequestParam String wording,
            RedirectAttributes redirect) {
        run(caucusId);
        try {
            Ask ask = asks.draft(caucusId, topicId, title, wording);
            redirect.addFlashAttribute("notice", "Ask drafted. Raise it at an engagement or move it on below.");
            return "redirect:/asks/" + ask.id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", org.convener.platform.Messages.sentence(e.getMessage()));
            return "redirect:/asks";
        }
    }

    @GetMapping("/asks/{id}")
    String ask(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Ask ask = asks.find(id).orElseThrow(() -> Refusals.notFound("No such ask."));
        if (!caucuses.canSee(user, ask.caucusId())) {
            throw Refusals.forbidden("Only members of the caucus see its asks.");
        }
        model.addAttribute("ask", ask);
        model.addAttribute("topic", topics.name(ask.topicId()));
        model.addAttribute("caucusName", caucuses.name(ask.caucusId()));
        model.addAttribute("timeline", asks.timeline(id));
        model.addAttribute("evidence", asks.evidence(id));
        model.addAttribute("canRun", caucuses.canRun(user, ask.caucusId()));
        model.addAttribute("today", asks.today());
        model.addAttribute("kinds", Ask.EvidenceKind.values());
        return "engagements/ask";
    }

    @PostMapping("/asks/{id}/status")
    String move(
            @PathVariable long id,
            @RequestParam AskStatus to,
            @RequestParam(required = false) String on,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        Ask ask = runAsk(id);
        return Forms.outcome(redirect, "/asks/" + id, () -> {
            asks.move(ask.id(), to, Forms.day(on, asks.today()), reason, null);
            return "The ask is now " + to.label().toLowerCase() + ".";
        });
    }

    @PostMapping("/asks/{id}/evidence")
    String evidence(
            @PathVariable long id,
            @RequestParam Ask.EvidenceKind kind,
            @RequestParam String target,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Ask ask = runAsk(id);
        return Forms.outcome(redirect, "/asks/" + id, () -> {
            asks.addEvidence(ask.id(), kind, target, note);
            return "Evidence added.";
        });
    }

    private Ask runAsk(long id) {
        Ask ask = asks.find(id).orElseThrow(() -> Refusals.notFound("No such ask."));
        run(ask.caucusId());
        return ask;
    }

    private void run(long caucusId) {
        if (!caucuses.canRun(Forms.signedIn(), caucusId)) {
            throw Refusals.forbidden("Only the caucus's convener and officers change its asks.");
        }
    }
}
