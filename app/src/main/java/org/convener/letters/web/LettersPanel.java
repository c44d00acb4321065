package org.convener.letters.web;

import java.util.ArrayList;
import java.util.Optional;
import org.convener.engagements.Caucuses;
import org.convener.letters.Letter;
import org.convener.letters.LetterStatus;
import org.convener.letters.Letters;
import org.convener.letters.Signature;
import org.convener.platform.CurrentUser;
import org.convener.platform.HomePanel;
import org.springframework.stereotype.Component;

/** On the home page: letters an MP may sign and has not, and the unfinished letters an officer runs. */
@Component
class LettersPanel implements HomePanel {

    private final Letters letters;
    private final org.convener.letters.Signatures signatures;
    private final Caucuses caucuses;

    LettersPanel(Letters letters, org.convener.letters.Signatures signatures, Caucuses caucuses) {
        this.letters = letters;
        this.signatures = signatures;
        this.caucuses = caucuses;
    }

    @Override
    public Optional<Panel> panel(CurrentUser user) {
        boolean runsACaucus = !caucuses.runBy(user).isEmpty();
        var items = new ArrayList<Item>();
        boolean maySign = false;
        for (Letter letter : letters.all()) {
            if (letter.status() == LetterStatus.OPEN
                    && user.personId() != null
                    && !signatures.eligibility(letter, user.personId()).isEmpty()) {
                maySign = true;
                boolean signed = signatures.liveSignatures(letter.id()).stream()
                        .map(Signature::personId)
                        .anyMatch(user::isPerson);
                if (!signed) {
                    items.add(new Item(
                            "Sign: " + letter.current().title(),
                            "/letters/" + letter.id(),
                            "open for signatures",
                            true));
                }
            } else if (runsACaucus
                    && !user.admin()
                    && letter.status() != LetterStatus.PUBLISHED
                    && letters.canRun(user, letter)) {
                items.add(new Item(
                        letter.current().title(),
                        "/letters/" + letter.id(),
                        letter.status().label() + " · "
                                + signatures.liveSignatures(letter.id()).size() + " signed",
                        false));
            }
        }
        if (!maySign && !runsACaucus) {
            return Optional.empty();
        }
        return Optional.of(new Panel(
                runsACaucus ? "Letters" : "Letters to sign",
                items,
                "No letter is waiting for you.",
                new Link("All letters", "/letters")));
    }

    @Override
    public int order() {
        return 20;
    }
}
