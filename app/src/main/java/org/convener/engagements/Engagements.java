package org.convener.engagements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.people.People;
import org.convener.people.PersonKind;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements of a caucus with stakeholders: who was there, what about, the asks raised and the
 * commitments received, and the follow-up actions owed afterwards.
 */
@Service
public class Engagements {

    /** The time zone engagements are arranged in. */
    public static final ZoneId ZONE = org.convener.shared.Format.LONDON;

    private final EngagementStore store;
    private final Caucuses caucuses;
    private final People people;
    private final Topics topics;
    private final Asks asks;
    private final Stakeholders stakeholders;
    private final AuditLog audit;
    private final Clock clock;

    Engagements(
            EngagementStore store,
            Caucuses caucuses,
            People people,
            Topics topics,
            Asks asks,
            Stakeholders stakeholders,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.caucuses = caucuses;
        this.people = people;
        this.topics = topics;
        this.asks = asks;
        this.stakeholders = stakeholders;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is needed to log an engagement. */
    public record Details(
            long caucusId,
            EngagementKind kind,
            String title,
            Instant startsAt,
            int minutes,
            String place,
            String notes,
            Collection<Long> attendees,
            Collection<Long> topicIds) {}

    public LocalDate today() {
        return asks.today();
    }

    // ---- reading

    public Optional<Engagement> find(long id) {
        return store.find(id);
    }

    /** The engagements of some caucuses, latest first. */
    public List<Engagement> of(Set<Long> caucusIds) {
        return caucusIds.isEmpty() ? List.of() : store.of(caucusIds);
    }

    /** Engagements of some caucuses from a moment on, soonest first. */
    public List<Engagement> upcoming(Set<Long> caucusIds, Instant from) {
        return caucusIds.isEmpty() ? List.of() : store.upcoming(caucusIds, from);
    }

    /** Every engagement a person attended, latest first. */
    public List<Engagement> attendedBy(long personId) {
        return store.attendedBy(personId);
    }

    public List<Engagement> raising(long askId) {
        return store.raising(askId);
    }

    public List<Engagement.Commitment> commitments(long engagementId) {
        return store.commitments(engagementId);
    }

    public List<Engagement.Commitment> commitmentsOn(long askId) {
        return store.commitmentsOn(askId);
    }

    // ---- changing

    @Transactional
    public Engagement log(Details details) {
        caucuses.find(details.caucusId())
                .orElseThrow(() -> new IllegalArgumentException("choose the caucus the engagement is for"));
        if (details.kind() == null) {
            throw new IllegalArgumentException(
                    "say whether it is a meeting, call, briefing, speaker session or hustings");
        }
        String title = text(details.title(), 200, "a title");
        if (details.startsAt() == null) {
            throw new IllegalArgumentException("give the date and time");
        }
        if (details.minutes() < 5 || details.minutes() > 1440) {
            throw new IllegalArgumentException("an engagement lasts between 5 minutes and a day");
        }
        var attendees = new LinkedHashSet<>(details.attendees() == null ? List.<Long>of() : details.attendees());
        var members = new java.util.HashSet<>(caucuses.currentMembers(details.caucusId()));
        for (long id : attendees) {
            boolean listed = members.contains(id)
                    || people.find(id)
                            .filter(p -> !p.erased() && p.kind() == PersonKind.STAKEHOLDER)
                            .isPresent();
            if (!listed) {
                throw new IllegalArgumentException("those there must be stakeholders or members of the caucus");
            }
        }
        var topicIds = new LinkedHashSet<>(details.topicIds() == null ? List.<Long>of() : details.topicIds());
        for (long id : topicIds) {
            topics.find(id).orElseThrow(() -> new IllegalArgumentException("no topic " + id));
        }
        long id = store.insert(
                details,
                title,
                blankToNull(details.place()),
                blankToNull(details.notes()),
                attendees,
                topicIds,
                AuditActor.who(),
                clock.instant());
        stakeholders.keptAfter(details.caucusId(), attendees);
        var values = new LinkedHashMap<String, Object>();
        values.put("caucus", details.caucusId());
        values.put("kind", details.kind().name());
        values.put("title", title);
        values.put("startsAt", details.startsAt().toString());
        values.put("place", blankToNull(details.place()));
        values.put("attendees", List.copyOf(attendees));
        values.put("topics", topicIds.stream().map(topics::name).toList());
        audit.record("logged", "engagement", id, null, null, values);
        return find(id).orElseThrow();
    }

    @Transactional
    public Engagement updateNotes(long id, String notes) {
        Engagement before = find(id).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        if (notes != null && notes.length() > 20000) {
            throw new IllegalArgumentException("keep the notes to 20,000 characters");
        }
        store.updateNotes(id, blankToNull(notes));
        audit.record(
                "noted",
                "engagement",
                id,
                null,
                Map.of("notes", String.valueOf(before.notes())),
                Map.of("notes", String.valueOf(blankToNull(notes))));
        return find(id).orElseThrow();
    }

    /**
     * Records that an ask was raised at an engagement. An ask still drafted (or refused before) is
     * then raised, dated the day of the engagement, once that day has come.
     */
    @Transactional
    public void raise(long engagementId, long askId) {
        Engagement engagement =
                find(engagementId).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        Ask ask = asks.find(askId).orElseThrow(() -> new IllegalArgumentException("no such ask"));
        if (ask.caucusId() != engagement.caucusId()) {
            throw new IllegalArgumentException("the ask belongs to another caucus");
        }
        if (engagement.askIds().contains(askId)) {
            throw new IllegalArgumentException("that ask is already recorded as raised there");
        }
        store.insertRaised(engagementId, askId);
        audit.record("raised", "engagement", engagementId, null, null, Map.of("ask", askId, "title", ask.title()));
        LocalDate day = engagement.startsAt().atZone(ZONE).toLocalDate();
        if ((ask.status() == AskStatus.DRAFTED || ask.status() == AskStatus.REFUSED) && !day.isAfter(today())) {
            asks.move(
                    askId,
                    AskStatus.RAISED,
                    notBeforeLastMove(askId, day),
                    "raised at " + engagement.title(),
                    engagementId);
        }
    }

    /** Drafts a new ask at an engagement and records it as raised there, all at once. */
    @Transactional
    public Ask raiseNew(long engagementId, long topicId, String title, String wording) {
        Engagement engagement =
                find(engagementId).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        LocalDate day = engagement.startsAt().atZone(ZONE).toLocalDate();
        Ask ask = asks.draft(engagement.caucusId(), topicId, title, wording, day.isAfter(today()) ? today() : day);
        raise(engagementId, ask.id());
        return asks.find(ask.id()).orElseThrow();
    }

    /**
     * An ask recorded at an engagement after it was drafted later than the engagement (history
     * being filled in) moves on the day it was drafted rather than before it existed.
     */
    private LocalDate notBeforeLastMove(long askId, LocalDate day) {
        var moves = asks.transitions(askId);
        LocalDate last = moves.isEmpty() ? day : moves.get(moves.size() - 1).on();
        return day.isBefore(last) ? last : day;
    }

    /**
     * Records a commitment received at an engagement. A commitment on an ask raises the ask there
     * if it was not yet, and then marks it committed.
     */
    @Transactional
    public Engagement.Commitment commit(long engagementId, Long askId, Long stakeholderId, String wording) {
        Engagement engagement =
                find(engagementId).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        String text = text(wording, 2000, "what was committed to");
        LocalDate day = engagement.startsAt().atZone(ZONE).toLocalDate();
        if (day.isAfter(today())) {
            throw new IllegalArgumentException("a commitment cannot be recorded before the engagement has happened");
        }
        if (stakeholderId != null && !engagement.attendees().contains(stakeholderId)) {
            throw new IllegalArgumentException("the person who committed must be among those at the engagement");
        }
        if (askId != null) {
            Ask ask = asks.find(askId).orElseThrow(() -> new IllegalArgumentException("no such ask"));
            if (!engagement.askIds().contains(askId)) {
                raise(engagementId, askId);
                ask = asks.find(askId).orElseThrow();
            }
            if (ask.status() != AskStatus.COMMITTED) {
                asks.move(
                        askId,
                        AskStatus.COMMITTED,
                        notBeforeLastMove(askId, day),
                        "commitment at " + engagement.title() + ": " + abbreviate(text),
                        engagementId);
            }
        }
        long id = store.insertCommitment(engagementId, askId, stakeholderId, text, AuditActor.who(), clock.instant());
        var values = new HashMap<String, Object>();
        values.put("wording", text);
        values.put("ask", askId);
        values.put("stakeholder", stakeholderId);
        audit.record("committed", "engagement", engagementId, null, null, values);
        return commitments(engagementId).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** A required text, trimmed, of up to {@code max} characters. */
    static String text(String value, int max, String what) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > max) {
            throw new IllegalArgumentException(
                    "give " + what + " in up to " + String.format("%,d", max) + " characters");
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
