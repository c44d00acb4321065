package org.convener.letters.web;

import org.convener.engagements.Caucuses;
import org.convener.letters.Letter;
import org.convener.letters.LetterStatus;
import org.convener.letters.Letters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A published letter for anyone: the page, the PDF and the signatories; nothing before publication. */
@Controller
class PublishedLettersController {

    private final Letters letters;
    private final Caucuses caucuses;
    private final LetterFiles files;

    PublishedLettersController(Letters letters, Caucuses caucuses, LetterFiles files) {
        this.letters = letters;
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
            signed.put(letter.id(), letters.liveSignatures(letter.id()).size());
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
        model.addAttribute("signatures", letters.liveSignatures(id));
        model.addAttribute("counts", letters.countsByCaucus(letter));
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
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such published letter."));
    }
}
