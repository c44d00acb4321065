package org.convener.polls.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.imports.ImportException;
import org.convener.polls.EnteredPoll;
import org.convener.polls.PollEntries;
import org.convener.polls.importing.PollRows;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where officers and administrators add, correct, withdraw and upload polls. */
@Controller
class PollEntriesController {

    private final PollEntries entries;

    PollEntriesController(PollEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/polls/manage")
    String manage(Model page) {
        keeper();
        page.addAttribute("entered", entries.entered());
        page.addAttribute("shares", PollRows.SHARES);
        page.addAttribute("labels", LABELS);
        return "polls/manage";
    }

    @GetMapping("/polls/manage/{id}")
    String poll(@PathVariable long id, Model page) {
        keeper();
        EnteredPoll poll = entries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        page.addAttribute("entered", poll);
        page.addAttribute("shares", PollRows.SHARES);
        page.addAttribute("labels", LABELS);
        return "polls/entered";
    }

    @PostMapping("/polls/manage")
    String add(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentUser user = keeper();
        return Forms.outcome(redirect, "/polls/manage", () -> {
            entries.add(user, draft(form));
            return "Poll added; the average and projections now include it.";
        });
    }

    @PostMapping("/polls/manage/{id}")
    String correct(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentUser user = keeper();
        return Forms.outcome(redirect, "/polls/manage/" + id, () -> {
            entries.correct(user, id, draft(form), form.get("reason"));
            return "Poll corrected.";
        });
    }

    @PostMapping("/polls/manage/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        CurrentUser user = keeper();
        return Forms.outcome(redirect, "/polls/manage/" + id, () -> {
            entries.withdraw(user, id, reason);
            return "Poll withdrawn; it no longer counts in the average.";
        });
    }

    @PostMapping("/polls/manage/upload")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String sourceUrl,
            RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = keeper();
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose a CSV file of polls to upload.");
            return "redirect:/polls/manage";
        }
        String name = file.getOriginalFilename() == null ? "the file" : file.getOriginalFilename();
        try {
            int added = entries.upload(user, name, new String(file.getBytes(), StandardCharsets.UTF_8), sourceUrl);
            redirect.addFlashAttribute(
                    "notice", added + (added == 1 ? " poll" : " polls") + " added from " + name + ".");
        } catch (ImportException e) {
            redirect.addFlashAttribute(
                    "problems", e.problems().stream().map(Object::toString).toList());
            redirect.addFlashAttribute(
                    "error",
                    "Nothing was added: " + name + " has " + e.problems().size()
                            + (e.problems().size() == 1 ? " problem." : " problems."));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "Nothing was added: " + e.getMessage());
        }
        return "redirect:/polls/manage";
    }

    private static PollEntries.Draft draft(Map<String, String> form) {
        var shares = new LinkedHashMap<String, String>();
        PollRows.SHARES.forEach(p -> shares.put(p, form.get(p)));
        return new PollEntries.Draft(
                form.get("fieldworkStart"),
                form.get("fieldworkEnd"),
                form.get("pollster"),
                form.get("client"),
                form.get("sampleSize"),
                form.get("method"),
                form.get("sourceUrl"),
                shares,
                form.get("notes"));
    }

    private static CurrentUser keeper() {
        CurrentUser user = Forms.signedIn();
        if (!PollEntries.mayKeep(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only officers and administrators keep the polls");
        }
        return user;
    }

    /** The tidy columns' parties, as a form names them. */
    static final Map<String, String> LABELS = Map.of(
            "lab", "Labour",
            "con", "Conservative",
            "ref", "Reform UK",
            "ld", "Liberal Democrat",
            "grn", "Green",
            "snp", "SNP",
            "pc", "Plaid Cymru",
            "rb", "Restore Britain",
            "others", "Others");
}
