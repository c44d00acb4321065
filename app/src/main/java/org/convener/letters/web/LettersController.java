package org.convener.letters.web;

import java.util.HashMap;
import java.util.List;
import org.convener.engagements.Ask;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.groups.Group;
import org.convener.letters.Letter;
import org.convener.letters.LetterNotices;
import org.convener.letters.LetterStatus;
import org.convener.letters.Letters;
import org.convener.letters.Signature;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class LettersController {

    private final Letters letters;
    private final LetterNotices notices;
    private final Caucuses caucuses;
    private final Asks asks;
    private final LetterFiles files;

    LettersController(Letters letters, Caucuses caucuses, Asks asks, LetterFiles files, LetterNotices notices) {
        this.notices = notices;
        this.letters = letters;
        this.caucuses = caucuses;
        this.asks = asks;
        this.files = files;
    }

    @GetMapping("/letters")
    String list(Model model) {
        CurrentUser user = Forms.signedIn();
        var visible =
                letters.all().stream().filter(l -> letters.canSee(user, l)).toList();
        var counts = new HashMap<Long, Integer>();
        visible.forEach(l -> counts.put(l.id(), letters.liveSignatures(l.id()).size()));
        model.addAttribute("letters", visible);
        model.addAttribute("counts", counts);
        model.addAttribute("caucusNames", names());
        model.addAttribute("runs", caucuses.runBy(user));
        return "letters/list";
    }

    @PostMapping("/letters")
    String draft(
            @RequestParam long caucusId,
            @RequestParam String title,
            @RequestParam(required = false) String addressee,
            @RequestParam String body,
            RedirectAttributes redirect) {
        if (!caucuses.canRun(Forms.signedIn(), caucusId)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only a caucus's convener and officers draft its letters.");
        }
        try {
            Letter letter = letters.draft(caucusId, title, addressee, body, false);
            redirect.addFlashAttribute("notice", "Draft saved. Invite other caucuses, then open it for signatures.");
            return "redirect:/letters/" + letter.id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/letters";
        }
    }

    @GetMapping("/letters/{id}")
    String letter(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Letter letter = visible(id, user);
        boolean runs = letters.canRun(user, letter);
        List<Signature> signatures = letters.signatures(id);
        List<Group> through = user.personId() == null ? List.of() : letters.eligibility(letter, user.personId());
        Signature mine = user.personId() == null
                ? null
                : signatures.stream()
                        .filter(s -> s.live() && s.personId() == user.personId())
                        .findFirst()
                        .orElse(null);
        var invitable = caucuses.all().stream()
                .filter(c -> !letter.invited().contains(c.id()))
                .toList();
        var linkable = asks.of(new java.util.HashSet<>(letter.invited()), null).stream()
                .filter(a -> !letter.askIds().contains(a.id()))
                .toList();
        model.addAttribute("letter", letter);
        model.addAttribute("signatures", signatures);
        model.addAttribute("live", signatures.stream().filter(Signature::live).toList());
        model.addAttribute("counts", letters.countsByCaucus(letter));
        model.addAttribute("caucusNames", names());
        model.addAttribute("runs", runs);
        model.addAttribute("canSign", !through.isEmpty() && mine == null && letter.status() == LetterStatus.OPEN);
        model.addAttribute("through", through);
        model.addAttribute("mine", mine);
        model.addAttribute(
                "unsigned", runs && letter.status() == LetterStatus.OPEN ? letters.unsigned(letter) : List.of());
        model.addAttribute("invitable", invitable);
        model.addAttribute(
                "asks",
                letter.askIds().stream()
                        .map(asks::find)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        model.addAttribute("linkable", linkable);
        model.addAttribute("told", runs ? notices.tally(id) : java.util.Map.<String, Long>of());
        return "letters/letter";
    }

    @PostMapping("/letters/{id}/versions")
    String revise(
            @PathVariable long id,
            @RequestParam String title,
            @RequestParam(required = false) String addressee,
            @RequestParam String body,
            RedirectAttributes redirect) {
        run(id);
        return Forms.outcome(
                redirect,
                "/letters/" + id,
                () -> "Saved as version "
                        + letters.revise(id, title, addressee, body).current().number() + ".");
    }

    @PostMapping("/letters/{id}/invitations")
    String invite(@PathVariable long id, @RequestParam long caucusId, RedirectAttributes redirect) {
        run(id);
        return Forms.outcome(redirect, "/letters/" + id, () -> {
            letters.invite(id, caucusId);
            return caucuses.name(caucusId) + " invited to sign.";
        });
    }

    @PostMapping("/letters/{id}/open")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        run(id);
        return Forms.outcome(redirect, "/letters/" + id, () -> {
            letters.open(id);
            return "Open for signatures: the MPs of the invited caucuses can sign it now; those with accounts are told as they chose.";
        });
    }

    /** The signed-in MP signs. */
    @PostMapping("/letters/{id}/sign")
    String sign(@PathVariable long id, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        visible(id, user);
        if (user.personId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your account is not linked to an MP's record.");
        }
        return Forms.outcome(redirect, "/letters/" + id, () -> {
            letters.sign(id, user.personId(), null);
            return "Signed. You can withdraw your signature until the letter is locked.";
        });
    }

    /** An officer records an MP's signature, noting how the MP confirmed. */
    @PostMapping("/letters/{id}/signatures")
    String record(
            @PathVariable long id,
            @RequestParam long personId,
            @RequestParam String confirmation,
            RedirectAttributes redirect) {
        run(id);
        return Forms.outcome(
                redirect,
                "/letters/" + id,
                () -> letters.sign(id, personId, confirmation).name() + "'s signature recorded.");
    }

    /** Withdraws a signature: the MP's own, or any, by those who run the letter. */
    @PostMapping("/letters/{id}/signatures/{signatureId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long signatureId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Letter letter = visible(id, user);
        Signature signature = letters.signatures(id).stream()
                .filter(s -> s.id() == signatureId)
                .findFirst()
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such signature on this letter."));
        if (!user.isPerson(signature.personId()) && !letters.canRun(user, letter)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only the MP, or those running the letter, can withdraw a signature.");
        }
        return Forms.outcome(redirect, "/letters/" + id, () -> {
            letters.withdraw(signatureId, note);
            return signature.name() + "'s signature withdrawn; it stays in the letter's history.";
        });
    }

    @PostMapping("/letters/{id}/lock")
    String lock(@PathVariable long id, RedirectAttributes redirect) {
        run(id);
        return Forms.outcome(redirect, "/letters/" + id, () -> {
            letters.lock(id);
            return "Locked: the text and the signatories are now fixed.";
        });
    }

    @PostMapping("/letters/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        run(id);
        return Forms.outcome(redirect, "/letters/" + id, () -> {
            letters.publish(id);
            return "Published at /open-letters/" + id + ", with its PDF and list of signatories.";
        });
    }

    @PostMapping("/letters/{id}/asks")
    String link(@PathVariable long id, @RequestParam long askId, RedirectAttributes redirect) {
        run(id);
        return Forms.outcome(
                redirect,
                "/letters/" + id,
                () -> "Linked to the ask “" + asks.find(askId).map(Ask::title).orElse("") + "”: "
                        + letters.linkAsk(id, askId).askIds().size() + " asks in all.");
    }

    @GetMapping("/letters/{id}/letter.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return files.pdf(visible(id, Forms.signedIn()));
    }

    @GetMapping("/letters/{id}/signatories.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return files.csv(visible(id, Forms.signedIn()));
    }

    private Letter visible(long id, CurrentUser user) {
        Letter letter = letters.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such letter."));
        if (!letters.canSee(user, letter)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Only members of the caucuses invited to sign see this letter before it is published.");
        }
        return letter;
    }

    private void run(long id) {
        CurrentUser user = Forms.signedIn();
        Letter letter = visible(id, user);
        if (!letters.canRun(user, letter)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only the convener and officers of the organising caucus run this letter.");
        }
    }

    private java.util.Map<Long, String> names() {
        var names = new HashMap<Long, String>();
        caucuses.all().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }
}
