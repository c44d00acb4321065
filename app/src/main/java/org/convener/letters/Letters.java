package org.convener.letters;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.engagements.Ask;
import org.convener.engagements.AskStatus;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.groups.Group;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open letters from draft to publication; who signs them is {@link Signatures}'. */
@Service
public class Letters {

    private final LetterStore store;
    private final Caucuses caucuses;
    private final Asks asks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Letters(
            LetterStore store,
            Caucuses caucuses,
            Asks asks,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.caucuses = caucuses;
        this.asks = asks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading

    public Optional<Letter> find(long id) {
        return store.letters("where id = ?", id).stream().findFirst();
    }

    public List<Letter> all() {
        return store.letters("order by id desc");
    }

    public List<Letter> making(long askId) {
        return store.letters(
                "where id in (select letter_id from letters.letter_ask where ask_id = ?) order by id", askId);
    }

    // ---- who may do what

    public boolean canRun(CurrentUser user, Letter letter) {
        return caucuses.canRun(user, letter.organisingCaucus());
    }

    /** Published letters are for everyone; before that, for those who run it and the members of the caucuses invited. */
    public boolean canSee(CurrentUser user, Letter letter) {
        return letter.status() == LetterStatus.PUBLISHED
                || canRun(user, letter)
                || letter.invited().stream().anyMatch(c -> caucuses.canSee(user, c));
    }

    // ---- changing

    @Transactional
    public Letter draft(long caucusId, String title, String addressee, String body, boolean illustrative) {
        caucuses.find(caucusId).orElseThrow(() -> new IllegalArgumentException("choose the organising caucus"));
        long id = store.insertLetter(caucusId, illustrative, AuditActor.who(), clock.instant());
        writeVersion(id, 1, title, addressee, body);
        store.insertInvitation(id, caucusId, AuditActor.who(), clock.instant(), "the caucus is already invited");
        audit.record("drafted", "letter", id, null, null, Map.of("caucus", caucusId, "title", title.trim()));
        return find(id).orElseThrow();
    }

    @Transactional
    public Letter revise(long letterId, String title, String addressee, String body) {
        Letter letter = locked(letterId);
        letter.checkCanRevise(live(letterId));
        Letter.Version before = letter.current();
        writeVersion(letterId, before.number() + 1, title, addressee, body);
        audit.record(
                "revised",
                "letter",
                letterId,
                null,
                Map.of("version", before.number(), "title", before.title()),
                Map.of("version", before.number() + 1, "title", title.trim()));
        return find(letterId).orElseThrow();
    }

    @Transactional
    public Letter invite(long letterId, long caucusId) {
        Letter letter = locked(letterId);
        letter.checkCanInvite();
        Group caucus = caucuses.find(caucusId).orElseThrow(() -> new IllegalArgumentException("no such caucus"));
        store.insertInvitation(
                letterId, caucusId, AuditActor.who(), clock.instant(), caucus.name() + " is already invited");
        audit.record("invited", "letter", letterId, null, null, Map.of("caucus", caucusId, "name", caucus.name()));
        if (letter.status() == LetterStatus.OPEN) {
            events.publishEvent(new LetterAwaitsSignatures(letterId));
        }
        return find(letterId).orElseThrow();
    }

    @Transactional
    public Letter open(long letterId) {
        Letter letter = locked(letterId);
        letter.checkCanOpen();
        store.setStatus(letterId, LetterStatus.OPEN, clock.instant());
        audit.record(
                "opened",
                "letter",
                letterId,
                null,
                Map.of("status", letter.status().name()),
                Map.of("status", "OPEN"));
        events.publishEvent(new LetterAwaitsSignatures(letterId));
        return find(letterId).orElseThrow();
    }

    /** Fixes the text and the signatories for good. */
    @Transactional
    public Letter lock(long letterId) {
        Letter letter = locked(letterId);
        letter.checkCanLock(live(letterId));
        store.setStatus(letterId, LetterStatus.LOCKED, clock.instant());
        audit.record(
                "locked",
                "letter",
                letterId,
                null,
                Map.of("status", letter.status().name()),
                Map.of(
                        "status",
                        "LOCKED",
                        "signatures",
                        live(letterId),
                        "version",
                        letter.current().number()));
        return find(letterId).orElseThrow();
    }

    /** Publishes a locked letter; asks it makes that were only drafted count as raised by it. */
    @Transactional
    public Letter publish(long letterId) {
        Letter letter = locked(letterId);
        letter.checkCanPublish();
        store.setStatus(letterId, LetterStatus.PUBLISHED, clock.instant());
        audit.record(
                "published",
                "letter",
                letterId,
                null,
                Map.of("status", letter.status().name()),
                Map.of("status", "PUBLISHED"));
        for (long askId : letter.askIds()) {
            asks.find(askId)
                    .filter(a -> a.status() == AskStatus.DRAFTED || a.status() == AskStatus.REFUSED)
                    .ifPresent(a -> asks.move(
                            a.id(),
                            AskStatus.RAISED,
                            asks.today(),
                            "made in the open letter “" + letter.title() + "”",
                            null));
        }
        return find(letterId).orElseThrow();
    }

    /** Links an ask of one of the invited caucuses to the letter that makes it. */
    @Transactional
    public Letter linkAsk(long letterId, long askId) {
        Letter letter = locked(letterId);
        if (letter.status().fixed()) {
            throw new IllegalStateException("the letter is locked: link its asks before locking it");
        }
        Ask ask = asks.find(askId).orElseThrow(() -> new IllegalArgumentException("no such ask"));
        if (!letter.invited().contains(ask.caucusId())) {
            throw new IllegalArgumentException("the ask belongs to a caucus not invited to this letter");
        }
        if (letter.askIds().contains(askId)) {
            throw new IllegalArgumentException("that ask is already linked");
        }
        store.insertAsk(letterId, askId);
        audit.record("linked", "letter", letterId, null, null, Map.of("ask", askId, "title", ask.title()));
        return find(letterId).orElseThrow();
    }

    // ---- rows

    private int live(long letterId) {
        return (int) store.signatures(letterId).stream().filter(Signature::live).count();
    }

    /** Reads a letter and holds its row until the transaction ends, so that concurrent changes queue up. */
    Letter locked(long letterId) {
        store.lock(letterId);
        return find(letterId).orElseThrow(() -> new IllegalArgumentException("no such letter"));
    }

    private void writeVersion(long letterId, int number, String title, String addressee, String body) {
        String t = title == null ? "" : title.trim();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > 200) {
            throw new IllegalArgumentException("a letter needs a title of up to 200 characters");
        }
        if (b.isEmpty() || b.length() > 20000) {
            throw new IllegalArgumentException("a letter needs its text, in up to 20,000 characters");
        }
        String to = addressee == null || addressee.isBlank() ? null : addressee.trim();
        if (to != null && to.length() > 200) {
            throw new IllegalArgumentException("keep the addressee to 200 characters");
        }
        store.insertVersion(letterId, number, t, b, to, AuditActor.who(), clock.instant());
    }
}
