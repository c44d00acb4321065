package org.convener.engagements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.convener.platform.Links;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.seats.SeatIntelligence;
import org.convener.seats.SeatSets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The asks caucuses press, how each has moved, what supports it, and its timeline. */
@Service
public class Asks {

    private static final Pattern PROJECTION = Pattern.compile("/projection(\\?[\\w=&%.,+-]*)?");

    private final AskStore store;
    private final Topics topics;
    private final Caucuses caucuses;
    private final SeatIntelligence seats;
    private final SeatSets sets;
    private final AuditLog audit;
    private final ObjectProvider<AskTimeline> timelines;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    private final Accounts accounts;

    Asks(
            AskStore store,
            Topics topics,
            Caucuses caucuses,
            SeatIntelligence seats,
            SeatSets sets,
            AuditLog audit,
            ObjectProvider<AskTimeline> timelines,
            Accounts accounts,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.topics = topics;
        this.caucuses = caucuses;
        this.seats = seats;
        this.sets = sets;
        this.audit = audit;
        this.timelines = timelines;
        this.events = events;
        this.clock = clock;
    }

    /** Today where the caucus works, as engagements count it. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(org.convener.shared.Format.LONDON));
    }

    public Optional<Ask> find(long id) {
        return store.find(id);
    }

    /** The asks of some caucuses, optionally of one topic, newest first. */
    public List<Ask> of(Set<Long> caucusIds, Long topicId) {
        if (caucusIds.isEmpty()) {
            return List.of();
        }
        return store.of(caucusIds, topicId);
    }

    /** The board: asks by status, in lifecycle order. */
    public Map<AskStatus, List<Ask>> board(Set<Long> caucusIds, Long topicId) {
        var board = new EnumMap<AskStatus, List<Ask>>(AskStatus.class);
        for (AskStatus status : AskStatus.values()) {
            board.put(status, new ArrayList<>());
        }
        of(caucusIds, topicId).forEach(a -> board.get(a.status()).add(a));
        return board;
    }

    public List<Ask.Transition> transitions(long askId) {
        return store.transitions(askId);
    }

    public List<Ask.Evidence> evidence(long askId) {
        return store.evidence(askId);
    }

    @Transactional
    public Ask draft(long caucusId, long topicId, String title, String wording) {
        return draft(caucusId, topicId, title, wording, today());
    }

    /** Drafts an ask on a day gone by, for recording the history of asks made before Convener. */
    @Transactional
    public Ask draft(long caucusId, long topicId, String title, String wording, LocalDate on) {
        if (on.isAfter(today())) {
            throw new IllegalArgumentException("an ask cannot be drafted in the future");
        }
        caucuses.find(caucusId).orElseThrow(() -> new IllegalArgumentException("no such caucus"));
        topics.find(topicId)
                .filter(t -> !t.retired())
                .orElseThrow(() -> new IllegalArgumentException("choose a topic from the list"));
        String t = title == null ? "" : title.trim();
        String w = wording == null ? "" : wording.trim();
        if (t.isEmpty() || t.length() > 200) {
            throw new IllegalArgumentException("an ask needs a title of up to 200 characters");
        }
        if (w.isEmpty() || w.length() > 5000) {
            throw new IllegalArgumentException("an ask needs its wording, in up to 5,000 characters");
        }
        var now = clock.instant();
        long id = store.insert(caucusId, topicId, t, w, AuditActor.who(), now);
        store.insertTransition(id, null, AskStatus.DRAFTED, on, AuditActor.who(), now, "drafted", null);
        var values = new LinkedHashMap<String, Object>();
        values.put("caucus", caucusId);
        values.put("topic", topics.name(topicId));
        values.put("title", t);
        values.put("wording", w);
        audit.record("drafted", "ask", id, null, null, values);
        return find(id).orElseThrow();
    }

    /**
     * Moves an ask to its next status, dated, with the reason; the lifecycle allows only the next
     * steps (no jumping from drafted to delivered).
     *
     * @param engagementId the engagement where it happened, if any
     * @throws IllegalStateException when the lifecycle does not allow the move
     */
    @Transactional
    public Ask move(long askId, AskStatus to, LocalDate on, String reason, Long engagementId) {
        Ask ask = store.lock(askId).orElseThrow(() -> new IllegalArgumentException("no such ask"));
        if (to == null) {
            throw new IllegalArgumentException("choose the new status");
        }
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new IllegalArgumentException("a move cannot be dated in the future");
        }
        var moves = transitions(askId);
        ask.checkMove(
                to, day, moves.isEmpty() ? null : moves.get(moves.size() - 1).on());
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > 1000) {
            throw new IllegalArgumentException(
                    "say why the ask is now " + to.label().toLowerCase() + ", in up to 1,000 characters");
        }
        store.setStatus(askId, to);
        store.insertTransition(askId, ask.status(), to, day, AuditActor.who(), clock.instant(), why, engagementId);
        audit.record(
                "moved",
                "ask",
                askId,
                null,
                Map.of("status", ask.status().name()),
                Map.of("status", to.name(), "on", day.toString(), "reason", why));
        events.publishEvent(new AskMoved(askId, ask.caucusId(), ask.status(), to, day, why));
        return find(askId).orElseThrow();
    }

    /** Adds what supports an ask: a seat's code, a seat set's name, a projection's address or a link. */
    @Transactional
    public Ask.Evidence addEvidence(long askId, Ask.EvidenceKind kind, String target, String note) {
        find(askId).orElseThrow(() -> new IllegalArgumentException("no such ask"));
        String t = target == null ? "" : target.trim();
        switch (kind) {
            case SEAT -> {
                seats.checkConstituency(t);
            }
            case SEAT_SET ->
                sets.find(t)
                        .orElseThrow(() -> new IllegalArgumentException("there is no seat set called \"" + t + "\""));
            case PROJECTION -> {
                if (!PROJECTION.matcher(t).matches()) {
                    throw new IllegalArgumentException(
                            "give a projection's address, such as /projection?shares=RUK%3D30");
                }
            }
            case LINK -> Links.check(t);
        }
        String n = note == null || note.isBlank() ? null : note.trim();
        long id = store.insertEvidence(askId, kind, t, n);
        var values = new LinkedHashMap<String, Object>();
        values.put("kind", kind.name());
        values.put("target", t);
        values.put("note", n);
        audit.record("added evidence", "ask", askId, null, null, values);
        return evidence(askId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** Everything that happened to an ask, oldest first: its moves, where it was raised, the commitments, the letters. */
    public List<AskTimeline.Entry> timeline(long askId) {
        var entries = new ArrayList<AskTimeline.Entry>();
        for (Ask.Transition t : transitions(askId)) {
            entries.add(new AskTimeline.Entry(
                    t.on(),
                    t.from() == null ? "Drafted" : t.to().label(),
                    t.reason() + " (" + accounts.actorName(t.recordedBy()) + ")",
                    t.engagementId() == null ? null : "/engagements/" + t.engagementId()));
        }
        entries.addAll(store.raisedAt(askId));
        entries.addAll(store.commitments(askId));
        timelines.orderedStream().forEach(source -> entries.addAll(source.about(askId)));
        entries.sort(Comparator.comparing(AskTimeline.Entry::on));
        return entries;
    }
}
