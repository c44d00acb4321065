package org.convener.organising;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.shared.Format;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A local group's candidate pipeline: who wants to stand, each candidate's stage over time, mentor,
 * development plan, training and support needs, and members' self-declared backgrounds.
 *
 * <p>Who sees what is decided here, once. A group's pipeline is run by its organisers (the
 * organiser role, not every post holder). They and administrators see the board; a candidate sees
 * their own candidacy, and a mentor the candidacies they mentor. A self-declared background is read
 * only by the person and by the organisers running a pipeline the person is in: not by
 * administrators, not in anyone else's export, and its values never go into the audit log.
 */
@Service
public class Pipeline {

    private final PipelineStore store;
    private final Groups groups;
    private final AuditLog audit;
    private final Clock clock;

    Pipeline(PipelineStore store, Groups groups, AuditLog audit, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Format.LONDON));
    }

    // ---- who may

    /** Whether the user runs the group's pipeline: an organiser of the local group now. */
    public boolean runs(CurrentUser user, long groupId) {
        return user.personId() != null
                && groups.currentMemberships(groupId).stream()
                        .anyMatch(m -> m.personId() == user.personId() && m.role() == Role.ORGANISER);
    }

    /** The board, with every candidate's name and stage: the pipeline's organisers and administrators. */
    public boolean canSeeBoard(CurrentUser user, long groupId) {
        return user.admin() || runs(user, groupId);
    }

    /** A candidacy: the board's viewers, the candidate and their mentor. */
    public boolean canSee(CurrentUser user, Candidate c) {
        return canSeeBoard(user, c.groupId())
                || user.isPerson(c.personId())
                || (c.mentorId() != null && user.isPerson(c.mentorId()));
    }

    /** Support needs (childcare, costs): the candidate, the pipeline's organisers and administrators. */
    public boolean canSeeSupport(CurrentUser user, Candidate c) {
        return canSeeBoard(user, c.groupId()) || user.isPerson(c.personId());
    }

    /** Moving, mentoring, planning: the pipeline's organisers and administrators. */
    public boolean canManage(CurrentUser user, Candidate c) {
        return canSeeBoard(user, c.groupId());
    }

    /** A self-declared background: the person, and the organisers running a pipeline they are in. */
    public boolean canSeeBackground(CurrentUser user, long personId) {
        return user.isPerson(personId) || store.ofPerson(personId).stream().anyMatch(c -> runs(user, c.groupId()));
    }

    /** The background, if there is one and the user may read it. */
    public Optional<Background> backgroundFor(CurrentUser user, long personId) {
        return canSeeBackground(user, personId) ? store.background(personId) : Optional.empty();
    }

    // ---- reading

    public Optional<Candidate> find(long id) {
        return store.find(id);
    }

    public List<Candidate> ofGroup(long groupId) {
        return store.ofGroup(groupId);
    }

    public List<Candidate> ofPerson(long personId) {
        return store.ofPerson(personId);
    }

    public List<Candidate.Recorded> moves(long candidateId) {
        return store.moves(candidateId);
    }

    public List<Candidate.PlanStep> plan(long candidateId) {
        return store.plan(candidateId);
    }

    public List<Candidate.Training> training(long candidateId) {
        return store.training(candidateId);
    }

    public List<Candidate.SupportNeed> support(long candidateId) {
        return store.support(candidateId);
    }

    /** Candidates by stage in every local group's pipeline, for the caucus: counts, with no names. */
    public Map<Long, Map<Stage, Integer>> countsByGroup() {
        var counts = new LinkedHashMap<Long, Map<Stage, Integer>>();
        for (Candidate c : store.all()) {
            counts.computeIfAbsent(c.groupId(), g -> new EnumMap<>(Stage.class)).merge(c.stage(), 1, Integer::sum);
        }
        return counts;
    }

    /** Every candidacy the user may see, for the summary's names. */
    public List<Candidate> seenBy(CurrentUser user) {
        return store.all().stream().filter(c -> canSee(user, c)).toList();
    }

    // ---- changing

    /** Puts a member of a local group into its pipeline as interested, today. */
    @Transactional
    public Candidate enter(long groupId, long personId, Office office, String aim) {
        return enter(groupId, personId, office, aim, today());
    }

    /** Puts a member into the pipeline as interested from a day, today or earlier (history being filled in). */
    @Transactional
    public Candidate enter(long groupId, long personId, Office office, String aim, LocalDate on) {
        if (on == null || on.isAfter(today())) {
            throw new IllegalArgumentException("a candidate enters the pipeline today or earlier");
        }
        groups.find(groupId)
                .filter(g -> g.kind() == GroupKind.LOCAL_GROUP)
                .orElseThrow(() -> new IllegalArgumentException("candidate pipelines are kept by local groups"));
        if (office == null) {
            throw new IllegalArgumentException("say what they want to stand for");
        }
        checkMember(groupId, personId, "candidates are members of the group");
        if (store.ofGroup(groupId).stream().anyMatch(c -> c.personId() == personId && c.office() == office)) {
            throw new IllegalArgumentException(
                    "they are already in the pipeline for " + office.label().toLowerCase());
        }
        String what = Fields.optional(aim, 200, "what they aim for");
        long id = store.insert(groupId, personId, office, what, Stage.INTERESTED, AuditActor.who(), clock.instant());
        store.insertMove(
                id,
                new Candidate.Move(null, Stage.INTERESTED, on, "wants to stand"),
                AuditActor.who(),
                clock.instant());
        audit.record(
                "entered",
                "candidate",
                id,
                AuditLog.person(personId),
                null,
                Map.of("group", groupId, "office", office.name()));
        return store.find(id).orElseThrow();
    }

    /** Moves a candidate one step the rules allow, dated, with why. */
    @Transactional
    public Candidate move(long candidateId, Stage to, LocalDate on, String reason) {
        Candidate c = existing(candidateId);
        var moves = store.moves(candidateId);
        LocalDate last = moves.isEmpty() ? null : moves.get(moves.size() - 1).on();
        Candidate.Move move = c.move(to, on, reason, last, today());
        store.insertMove(candidateId, move, AuditActor.who(), clock.instant());
        store.setStage(candidateId, to);
        audit.record(
                "moved",
                "candidate",
                candidateId,
                AuditLog.person(c.personId()),
                Map.of("stage", c.stage().name()),
                Map.of("stage", to.name(), "on", on.toString(), "reason", move.reason()));
        return store.find(candidateId).orElseThrow();
    }

    /** A member of the group as mentor, or none. */
    @Transactional
    public Candidate mentor(long candidateId, Long mentorId) {
        Candidate c = existing(candidateId);
        if (mentorId != null) {
            if (mentorId == c.personId()) {
                throw new IllegalArgumentException("a candidate cannot mentor themself");
            }
            checkMember(c.groupId(), mentorId, "a mentor is a member of the group");
        }
        store.setMentor(candidateId, mentorId);
        var after = new LinkedHashMap<String, Object>();
        after.put("mentor", mentorId);
        audit.record("mentored", "candidate", candidateId, AuditLog.person(c.personId()), null, after);
        return store.find(candidateId).orElseThrow();
    }

    @Transactional
    public void addStep(long candidateId, String title, LocalDate dueOn) {
        Candidate c = existing(candidateId);
        String what = Fields.required(title, 300, "the step");
        if (dueOn == null) {
            throw new IllegalArgumentException("give the day the step is due");
        }
        store.insertStep(candidateId, what, dueOn, AuditActor.who(), clock.instant());
        audit.record("planned", "candidate", candidateId, AuditLog.person(c.personId()), null, Map.of("step", what));
    }

    @Transactional
    public void stepDone(long candidateId, long stepId) {
        Candidate c = existing(candidateId);
        if (!store.stepCandidate(stepId).map(id -> id == candidateId).orElse(false)) {
            throw new IllegalArgumentException("no such step");
        }
        store.stepDone(stepId, today());
        audit.record(
                "step done", "candidate", candidateId, AuditLog.person(c.personId()), null, Map.of("step", stepId));
    }

    /** Training done outside Convener's courses; its courses count by themselves. */
    @Transactional
    public void addTraining(long candidateId, String title, LocalDate on) {
        Candidate c = existing(candidateId);
        String what = Fields.required(title, 300, "the training");
        if (on == null || on.isAfter(today())) {
            throw new IllegalArgumentException("give the day the training was completed, today or earlier");
        }
        store.insertTraining(candidateId, what, on);
        audit.record(
                "trained", "candidate", candidateId, AuditLog.person(c.personId()), null, Map.of("training", what));
    }

    @Transactional
    public void addNeed(long candidateId, SupportKind kind, String detail) {
        Candidate c = existing(candidateId);
        if (kind == null) {
            throw new IllegalArgumentException("choose the kind of support");
        }
        store.insertNeed(candidateId, kind, Fields.optional(detail, 1000, "the detail"), clock.instant());
        audit.record(
                "needs support",
                "candidate",
                candidateId,
                AuditLog.person(c.personId()),
                null,
                Map.of("kind", kind.name()));
    }

    @Transactional
    public void needMet(long candidateId, long needId) {
        Candidate c = existing(candidateId);
        if (!store.needCandidate(needId).map(id -> id == candidateId).orElse(false)) {
            throw new IllegalArgumentException("no such open need");
        }
        store.needMet(needId, today());
        audit.record(
                "support met", "candidate", candidateId, AuditLog.person(c.personId()), null, Map.of("need", needId));
    }

    /**
     * The person's own account of their background, kept only with the consent they give here. The
     * audit log records that it changed, never what it says.
     */
    @Transactional
    public Background declare(long personId, Background declared, boolean consent) {
        if (!consent) {
            throw new IllegalArgumentException(
                    "tick the box to agree before your background is kept; nothing was saved");
        }
        String workingClass =
                declared.workingClass() == null || declared.workingClass().isBlank() ? null : declared.workingClass();
        if (workingClass != null && !List.of("YES", "NO", "UNSURE").contains(workingClass)) {
            throw new IllegalArgumentException("say yes, no or unsure");
        }
        var now = clock.instant();
        var before = store.background(personId);
        var background = new Background(
                personId,
                workingClass,
                declared.freeSchoolMeals(),
                declared.firstGeneration(),
                Fields.optional(declared.occupation(), 200, "your occupation"),
                Fields.optional(declared.tradeUnion(), 200, "your union"),
                Fields.optional(declared.inOwnWords(), 2000, "what you write in your own words"),
                Background.CONSENT,
                before.map(Background::consentedAt).orElse(now),
                now);
        store.saveBackground(background);
        audit.record(
                before.isPresent() ? "changed background" : "declared background",
                "person",
                personId,
                AuditLog.person(personId),
                null,
                Map.of("consent", "given"));
        return store.background(personId).orElseThrow();
    }

    /** Withdraws consent: the background is deleted. */
    @Transactional
    public void withdraw(long personId) {
        if (store.deleteBackground(personId) == 0) {
            throw new IllegalArgumentException("there is no background to withdraw");
        }
        audit.record(
                "withdrew background",
                "person",
                personId,
                AuditLog.person(personId),
                null,
                Map.of("consent", "withdrawn"));
    }

    boolean hasBackground(long personId) {
        return store.background(personId).isPresent();
    }

    private Candidate existing(long id) {
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("no such candidate"));
    }

    private void checkMember(long groupId, long personId, String otherwise) {
        if (groups.currentMemberships(groupId).stream().noneMatch(m -> m.personId() == personId)) {
            throw new IllegalArgumentException(otherwise);
        }
    }
}
