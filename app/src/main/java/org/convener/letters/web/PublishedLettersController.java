package org.convener.letters.web;

import org.convener.engagements.Caucuses;
import org.convener.letters.Letter;
import org.convener.letters.LetterStatus;
import org.convener.letters.Letters;
import org.convener.letters.Signatures;
import org.convener.platform.Refusals;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A published letter for anyone: the page, the PDF and the signatories; nothing before publication. */
@Controller
class PublishedLettersController {

    private final Letters letters;
    private final Signatures signatures;
    private final Caucuses caucuses;
    private final LetterFiles files;

    PublishedLettersController(Letters letters, Signatures signatures, Caucuses caucuses, LetterFiles files) {
        this.letters = letters;
        this.signatures = signatures;
        this.caucuses = caucuses;
        this.files = files;
    }

    /** Every published letter, newest first, with how many signed. */
    @GetMapping("/open-letters")
    String list(Model model) {
        var published = letters.all().stream()
                .filter(l -> l.status() == LetterStatus.PUBLISHED)
                .sorted(java.util.Comparator.comparing(Letter::publishedAt).reversed())
                .toList();
        var signed = new java.util.HashMap<Long, Integer>();
        var organisers = new java.util.HashMap<Long, String>();
        for (Letter letter : published) {
            signed.put(letter.id(), signatures.liveSignatures(letter.id()).size());
            organisers.put(letter.id(), caucuses.name(letter.organisingCaucus()));
        }
        model.addAttribute("letters", published);
        model.addAttribute("signed", signed);
        model.addAttribute("organisers", organisers);
        return "letters/published-list";
    }

    @GetMapping("/open-letters/{id}")
    String letter(@PathVariable long id, Model model) {
        Letter letter = published(id);
        model.addAttribute("letter", letter);
        model.addAttribute("signatures", signatures.liveSignatures(id));
        model.addAttribute("counts", signatures.countsByCaucus(letter));
        model.addAttribute("organiser", caucuses.name(letter.organisingCaucus()));
        return "letters/published";
    }

    @GetMapping("/open-letters/{id}/letter.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return files.pdf(published(id));
    }

    @GetMapping("/open-letters/{id}/signatories.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return files.csv(published(id));
    }

    private Letter published(long id) {
        return letters.find(id)
                .filter(l -> l.status() == LetterStatus.PUBLISHED)
                .orElseThrow(() -> Refusals.notFound("No such published letter."));
    }
}
