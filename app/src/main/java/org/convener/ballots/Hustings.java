package org.convener.ballots;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.engagements.EngagementKind;
import org.convener.engagements.Engagements;
import org.convener.groups.GroupKind;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hustings before a contest's vote: when and where, who chairs, the order the candidates speak
 * in, the questions members send in beforehand (the chair chooses which are put, and in what
 * order), and notes of what was said. A caucus's hustings is also one of its engagements.
 */
@Service
public class Hustings {

    /** A hustings. {@code speakers} are nominations in speaking order. */
    public record Meeting(
            long id,
            long contestId,
            Long engagementId,
            Instant startsAt,
            String place,
            Long chairId,
            String chairName,
            String notes,
            List<Long> speakers,
            List<Question> questions) {

        public Meeting {
            speakers = List.copyOf(speakers);
            questions = List.copyOf(questions);
        }

        public List<Question> chosen() {
            return questions.stream().filter(Question::chosen).toList();
        }

        public List<Question> waiting() {
            return questions.stream().filter(q -> !q.chosen()).toList();
        }
    }

    /** A question a member sent in; {@code chosenAs} is its place in the order put, once the chair picks it. */
    public record Question(
            long id, long askedBy, String askedByName, String wording, Instant submittedAt, Integer chosenAs) {

        public boolean chosen() {
            return chosenAs != null;
        }
    }

    private final BallotStore store;
    private final Contests contests;
    private final Engagements engagements;
    private final AuditLog audit;
    private final Clock clock;

    Hustings(BallotStore store, Contests contests, Engagements engagements, AuditLog audit, Clock clock) {
        this.store = store;
        this.contests = contests;
        this.engagements = engagements;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Meeting> of(Contest c) {
        return store.hustings(c.id(), contests::name);
    }

    /** The chair and those who run the group choose questions and keep the notes. */
    public boolean canChair(CurrentUser user, Contest c, Meeting m) {
        return contests.canRun(user, c) || (m.chairId() != null && user.isPerson(m.chairId()));
    }

    @Transactional
    public Meeting plan(long contestId, Instant startsAt, int minutes, String place, Long chairId) {
        Contest c = contests.find(contestId).orElseThrow(() -> new IllegalArgumentException("no such contest"));
        if (of(c).isPresent()) {
            throw new IllegalStateException("this contest already has a hustings");
        }
        if (startsAt == null) {
            throw new IllegalArgumentException("give the date and time of the hustings");
        }
        if (!startsAt.isBefore(c.closesAt())) {
            throw new IllegalArgumentException("a hustings is held before voting closes");
        }
        if (chairId != null && !contests.isMember(c, chairId)) {
            throw new IllegalArgumentException("the chair must be a member of the group");
        }
        String where = Contests.blankToNull(place);
        Long engagementId = null;
        if (contests.group(c).kind() == GroupKind.CAUCUS) {
            engagementId = engagements
                    .log(new Engagements.Details(
                            c.groupId(),
                            EngagementKind.HUSTINGS,
                            "Hustings: " + c.title(),
                            startsAt,
                            minutes,
                            where,
                            null,
                            List.of(),
                            List.of()))
                    .id();
        }
        long id = store.insertHustings(contestId, engagementId, startsAt, where, chairId);
        store.replaceSpeakers(
                id, contests.nominations(contestId).stream().map(Nomination::id).toList());
        var values = new LinkedHashMap<String, Object>();
        values.put("startsAt", startsAt.toString());
        values.put("place", where);
        values.put("chair", chairId);
        audit.record("planned", "hustings", id, null, null, values);
        return of(c).orElseThrow();
    }

    /** Sets the speaking order: every nomination once. */
    @Transactional
    public Meeting order(long contestId, List<Long> nominationIds) {
        Contest c = contests.find(contestId).orElseThrow(() -> new IllegalArgumentException("no such contest"));
        Meeting m = of(c).orElseThrow(() -> new IllegalArgumentException("this contest has no hustings"));
        var all = contests.nominations(contestId).stream().map(Nomination::id).toList();
        if (nominationIds.size() != all.size() || !nominationIds.containsAll(all)) {
            throw new IllegalArgumentException("put every candidate in the order once");
        }
        store.replaceSpeakers(m.id(), nominationIds);
        audit.record("reordered", "hustings", m.id(), null, null, Map.of("speakers", nominationIds));
        return of(c).orElseThrow();
    }

    /** A member sends in a question before the hustings starts. */
    @Transactional
    public Question ask(long contestId, long personId, String wording) {
        return ask(contestId, personId, wording, clock.instant());
    }

    Question ask(long contestId, long personId, String wording, Instant now) {
        Contest c = contests.find(contestId).orElseThrow(() -> new IllegalArgumentException("no such contest"));
        Meeting m = of(c).orElseThrow(() -> new IllegalArgumentException("this contest has no hustings"));
        if (!now.isBefore(m.startsAt())) {
            throw new IllegalStateException("questions are sent in before the hustings starts");
        }
        if (!contests.isMember(c, personId)) {
            throw new IllegalArgumentException("members of the group send in questions");
        }
        String text = Contests.text(wording, 1000, "your question");
        long id = store.insertQuestion(m.id(), personId, text, now);
        audit.record(
                "asked", "hustings", m.id(), AuditLog.person(personId), null, Map.of("question", id, "wording", text));
        return of(c).orElseThrow().questions().stream()
                .filter(q -> q.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** The chair puts a question next in the order, or takes it out again. */
    @Transactional
    public void choose(long contestId, long questionId, boolean chosen) {
        Contest c = contests.find(contestId).orElseThrow(() -> new IllegalArgumentException("no such contest"));
        Meeting m = of(c).orElseThrow(() -> new IllegalArgumentException("this contest has no hustings"));
        if (store.choose(m.id(), questionId, chosen ? store.nextChoice(m.id()) : null) != 1) {
            throw new IllegalArgumentException("no such question at this hustings");
        }
        audit.record(chosen ? "chose" : "unchose", "hustings", m.id(), null, null, Map.of("question", questionId));
    }

    @Transactional
    public void notes(long contestId, String notes) {
        Contest c = contests.find(contestId).orElseThrow(() -> new IllegalArgumentException("no such contest"));
        Meeting m = of(c).orElseThrow(() -> new IllegalArgumentException("this contest has no hustings"));
        String text = Contests.blankToNull(notes);
        if (text != null && text.length() > 20000) {
            throw new IllegalArgumentException("notes are longer than 20,000 characters");
        }
        store.updateHustingsNotes(m.id(), text);
        var before = new LinkedHashMap<String, Object>();
        before.put("notes", m.notes());
        var after = new LinkedHashMap<String, Object>();
        after.put("notes", text);
        audit.record("noted", "hustings", m.id(), null, before, after);
    }
}
