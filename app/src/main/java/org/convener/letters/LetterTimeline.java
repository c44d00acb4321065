package org.convener.letters;

import java.time.LocalDate;
import java.util.List;
import org.convener.engagements.AskTimeline;
import org.convener.shared.Format;
import org.springframework.stereotype.Component;

/** Puts the letters that make an ask on the ask's timeline. */
@Component
class LetterTimeline implements AskTimeline {

    private final Letters letters;

    LetterTimeline(Letters letters) {
        this.letters = letters;
    }

    @Override
    public List<Entry> about(long askId) {
        return letters.making(askId).stream()
                .map(letter -> {
                    var when = letter.publishedAt() != null
                            ? letter.publishedAt()
                            : letter.openedAt() != null ? letter.openedAt() : letter.createdAt();
                    LocalDate on = when.atZone(Format.LONDON).toLocalDate();
                    return new Entry(
                            on,
                            "Open letter (" + letter.status().label().toLowerCase() + ")",
                            letter.title(),
                            "/letters/" + letter.id());
                })
                .toList();
    }
}
