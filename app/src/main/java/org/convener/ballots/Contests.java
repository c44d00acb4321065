package org.convener.ballots;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonKind;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's contests and their nominations: who may stand, nominate, second and accept, and who
 * is on the ballot paper. Every change is audited.
 */
@Service
public class Contests {

    /** The re-open-nominations candidate's name on a ballot paper. */
    public static final String RON = "Re-open nominations (RON)";

    private final BallotStore store;
    private final Groups groups;
    private final People people;
    private final SealingKeys keys;
    private final AuditLog audit;
    private final Clock clock;

    Contests(BallotStore store, Groups groups, People people, SealingKeys keys, AuditLog audit, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.people = people;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is needed to set up a contest. */
    public record Plan(
            long groupId,
            ContestKind kind,
            String title,
            String description,
            Method method,
            int seats,
            boolean ron,
            int seconders,
            Instant nominationsCloseAt,
            LocalDate electorateOn,
            Instant opensAt,
            Instant closesAt) {}

    public Instant now() {
        return clock.instant();
    }

    public Optional<Contest> find(long id) {
        return store.contest(id);
    }

    /** The contests of the groups a user may see, latest closing first. */
    public List<Contest> visibleTo(CurrentUser user) {
        return store.contests(visibleGroups(user));
    }

    /** The ids of the groups whose contests a user may see. */
    public Set<Long> visibleGroups(CurrentUser user) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Group g : groups.all()) {
            if (groups.canView(user, g.id())) {
                ids.add(g.id());
            }
        }
        return ids;
    }

    public List<Contest> of(long groupId) {
        return store.contests(Set.of(groupId));
    }

    public Group group(Contest c) {
        return groups.find(c.groupId()).orElseThrow();
    }

    // ---- who may do what

    /** The group's members and those who run it (administrators too) see its contests. */
    public boolean canSee(CurrentUser user, Contest c) {
        return groups.canView(user, c.groupId());
    }

    /** Those who run the group set contests up, record acceptances and plan hustings. */
    public boolean canRun(CurrentUser user, Contest c) {
        return groups.canManage(user, c.groupId());
    }

    public boolean canRun(CurrentUser user, long groupId) {
        return groups.canManage(user, groupId);
    }

    /** Groups a user may set contests up for. */
    public List<Group> runBy(CurrentUser user) {
        return groups.all().stream().filter(g -> groups.canManage(user, g.id())).toList();
    }

    /** Whether someone is a member of the group now. */
    public boolean isMember(Contest c, long personId) {
        return groups.currentMemberships(c.groupId()).stream().anyMatch(m -> m.personId() == personId);
    }

    /** The electorate: everyone who was a member of the group on the contest's cut-off day. */
    public Set<Long> electorate(Contest c) {
        var members = new LinkedHashSet<Long>();
        for (Membership m : groups.memberships(c.groupId())) {
            if (m.openOn(c.electorateOn())) {
                members.add(m.personId());
            }
        }
        return members;
    }

    /** Who may stand: members of the group, and for an endorsement any MP too. */
    public List<Person> eligibleCandidates(Contest c) {
        var ids = new LinkedHashSet<Long>();
        groups.currentMemberships(c.groupId()).forEach(m -> ids.add(m.personId()));
        var out = new java.util.ArrayList<>(
                people.findAll(ids).stream().filter(p -> !p.erased()).toList());
        if (c.kind() == ContestKind.ENDORSEMENT) {
            people.mps().stream().filter(p -> !ids.contains(p.id())).forEach(out::add);
        }
        out.sort(java.util.Comparator.comparing(Person::displayName));
        return out;
    }

    // ---- setting up

    @Transactional
    public Contest create(Plan plan, boolean illustrative) {
        Group group = groups.find(plan.groupId())
                .orElseThrow(() -> new IllegalArgumentException("choose the group holding the contest"));
        if (plan.kind() == null) {
            throw new IllegalArgumentException("say what the contest decides");
        }
        String title = text(plan.title(), 200, "a title");
        if (plan.method() == null) {
            throw new IllegalArgumentException("choose how votes are counted");
        }
        if (plan.seats() < 1 || plan.seats() > 20) {
            throw new IllegalArgumentException("a contest fills between 1 and 20 seats");
        }
        if (plan.method().singleSeat() && plan.seats() != 1) {
            throw new IllegalArgumentException("instant-runoff fills one seat; choose STV for several");
        }
        if (plan.seconders() < 0 || plan.seconders() > 20) {
            throw new IllegalArgumentException("between 0 and 20 seconders");
        }
        if (plan.nominationsCloseAt() == null || plan.opensAt() == null || plan.closesAt() == null) {
            throw new IllegalArgumentException("give when nominations close and when voting opens and closes");
        }
        if (plan.opensAt().isBefore(plan.nominationsCloseAt())) {
            throw new IllegalArgumentException("voting cannot open before nominations close");
        }
        if (!plan.closesAt().isAfter(plan.opensAt())) {
            throw new IllegalArgumentException("voting must close after it opens");
        }
        if (plan.electorateOn() == null) {
            throw new IllegalArgumentException("give the day on which membership decides who may vote");
        }
        if (plan.kind() == ContestKind.ENDORSEMENT
                && group.kind() != GroupKind.CAUCUS
                && group.kind() != GroupKind.LOCAL_GROUP) {
            throw new IllegalArgumentException("only caucuses and local groups make endorsements");
        }
        UUID box = UUID.randomUUID();
        var draft = new Contest(
                0,
                group.id(),
                plan.kind(),
                title,
                blankToNull(plan.description()),
                plan.method(),
                plan.seats(),
                plan.ron(),
                plan.seconders(),
                plan.nominationsCloseAt(),
                plan.electorateOn(),
                plan.opensAt(),
                plan.closesAt(),
                box,
                illustrative,
                AuditActor.who(),
                clock.instant(),
                null);
        long id = store.insertContest(draft);
        keys.create(box);
        var values = new LinkedHashMap<String, Object>();
        values.put("group", group.id());
        values.put("kind", plan.kind().name());
        values.put("title", title);
        values.put("method", plan.method().id());
        values.put("seats", plan.seats());
        values.put("ron", plan.ron());
        values.put("seconders", plan.seconders());
        values.put("nominationsCloseAt", plan.nominationsCloseAt().toString());
        values.put("electorateOn", plan.electorateOn().toString());
        values.put("opensAt", plan.opensAt().toString());
        values.put("closesAt", plan.closesAt().toString());
        audit.record("created", "contest", id, null, null, values);
        return find(id).orElseThrow();
    }

    // ---- nominations

    public List<Nomination> nominations(long contestId) {
        return store.nominations(contestId, this::name);
    }

    /** The candidates on the ballot paper: valid nominations, by name, and RON last where the contest has it. */
    public List<Nomination> onPaper(Contest c) {
        return nominations(c.id()).stream()
                .filter(n -> n.valid(c.seconders()))
                .sorted(java.util.Comparator.comparing(Nomination::candidateName)
                        .thenComparing(Nomination::id))
                .toList();
    }

    @Transactional
    public Nomination nominate(long contestId, long candidateId, long nominatorId, String statement) {
        return nominate(contestId, candidateId, nominatorId, statement, clock.instant());
    }

    Nomination nominate(long contestId, long candidateId, long nominatorId, String statement, Instant now) {
        Contest c = find(contestId).orElseThrow(() -> new IllegalArgumentException("no such contest"));
        c.checkNominationsOpen(now);
        if (!isMember(c, nominatorId)) {
            throw new IllegalArgumentException("only members of the group nominate");
        }
        if (eligibleCandidates(c).stream().noneMatch(p -> p.id() == candidateId)) {
            throw new IllegalArgumentException(
                    c.kind() == ContestKind.ENDORSEMENT
                            ? "a candidate must be a member of the group or an MP"
                            : "a candidate must be a member of the group");
        }
        String text = text(statement, 5000, "the candidate's statement");
        long id;
        try {
            id = store.insertNomination(contestId, candidateId, nominatorId, text, now);
        } catch (DataIntegrityViolationException e) {
            throw new IllegalArgumentException(name(candidateId) + " is already nominated");
        }
        audit.record(
                "nominated",
                "contest",
                contestId,
                AuditLog.person(candidateId),
                null,
                Map.of("candidate", candidateId, "nominatedBy", nominatorId, "statement", text));
        // a member who nominates themselves has accepted already
        if (candidateId == nominatorId) {
            accept(id, contestId, null, now);
        }
        return nomination(contestId, id);
    }

    @Transactional
    public Nomination second(long contestId, long nominationId, long personId) {
        return second(contestId, nominationId, personId, clock.instant());
    }

    Nomination second(long contestId, long nominationId, long personId, Instant now) {
        Contest c = find(contestId).orElseThrow(() -> new IllegalArgumentException("no such contest"));
        c.checkNominationsOpen(now);
        Nomination n = nomination(contestId, nominationId);
        if (!isMember(c, personId)) {
            throw new IllegalArgumentException("only members of the group second a nomination");
        }
        if (personId == n.candidateId() || personId == n.nominatedBy()) {
            throw new IllegalArgumentException("a seconder must be someone other than the candidate and the nominator");
        }
        if (n.seconders().contains(personId)) {
            throw new IllegalArgumentException("you have already seconded this nomination");
        }
        store.insertSeconder(nominationId, personId, now);
        audit.record(
                "seconded", "contest", contestId, AuditLog.person(personId), null, Map.of("nomination", nominationId));
        return nomination(contestId, nominationId);
    }

    /**
     * The candidate accepts: themselves ({@code confirmation} null), or recorded by someone who runs
     * the group with a note of how the candidate confirmed.
     */
    @Transactional
    public Nomination accept(long nominationId, long contestId, String confirmation) {
        return accept(nominationId, contestId, confirmation, clock.instant());
    }

    Nomination accept(long nominationId, long contestId, String confirmation, Instant now) {
        Contest c = find(contestId).orElseThrow(() -> new IllegalArgumentException("no such contest"));
        c.checkNominationsOpen(now);
        Nomination n = nomination(contestId, nominationId);
        if (n.accepted()) {
            throw new IllegalStateException(n.candidateName() + " has already accepted");
        }
        String how = confirmation == null ? null : text(confirmation, 500, "how the candidate confirmed");
        store.accept(nominationId, now, AuditActor.who(), how);
        var values = new LinkedHashMap<String, Object>();
        values.put("nomination", nominationId);
        values.put("confirmation", how);
        audit.record("accepted", "contest", contestId, AuditLog.person(n.candidateId()), null, values);
        return nomination(contestId, nominationId);
    }

    /** Records the candidate's own acceptance, by the nomination and the signed-in candidate. */
    @Transactional
    public Nomination acceptAsCandidate(long contestId, long nominationId, long personId) {
        Nomination n = nomination(contestId, nominationId);
        if (n.candidateId() != personId) {
            throw new IllegalArgumentException("only the candidate accepts their own nomination");
        }
        return accept(nominationId, contestId, null);
    }

    private Nomination nomination(long contestId, long nominationId) {
        return nominations(contestId).stream()
                .filter(n -> n.id() == nominationId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such nomination in this contest"));
    }

    String name(long personId) {
        return people.find(personId).map(Person::displayName).orElse("Person #" + personId);
    }

    boolean isMp(long personId) {
        return people.find(personId).map(p -> p.kind() == PersonKind.MP).orElse(false);
    }

    static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("give " + what);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return v;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
