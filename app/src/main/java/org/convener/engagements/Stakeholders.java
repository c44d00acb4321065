package org.convener.engagements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.people.Origin;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people the caucus works on and the posts they hold over time. A stakeholder is a person
 * record, so their contact details are protected, exported and erased like anyone else's.
 */
@Service
public class Stakeholders {

    private final StakeholderStore store;
    private final People people;
    private final PersonAccess access;
    private final Caucuses caucuses;
    private final AuditLog audit;
    private final Clock clock;

    Stakeholders(
            StakeholderStore store,
            People people,
            PersonAccess access,
            Caucuses caucuses,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.people = people;
        this.access = access;
        this.caucuses = caucuses;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A caucus keeping a stakeholder: its officers see the stakeholder's contact details, if the
     * keeping was made in a way that opens them ({@link PersonAccess}).
     */
    public record Keeper(long personId, long caucusId, Origin origin, String madeBy, Instant madeAt) {}

    /** A stakeholder with every post they have held, the latest first. */
    public record Stakeholder(Person person, List<Position> positions) {

        public Optional<Position> current(LocalDate day) {
            return positions.stream().filter(p -> p.heldOn(day)).findFirst();
        }

        public String describe(LocalDate day) {
            return current(day)
                    .or(() -> positions.stream().findFirst())
                    .map(Position::describe)
                    .orElse("");
        }
    }

    /**
     * Administrators and the officers of any caucus add stakeholders and record their posts, which
     * are public facts; a stakeholder's contact details are for the officers of the caucuses keeping
     * them, as {@link PersonAccess} says.
     */
    public boolean canManage(CurrentUser user) {
        return user.admin() || user.has(CurrentUser.OFFICER);
    }

    /** The caucuses keeping a stakeholder. */
    public List<Keeper> keepersOf(long personId) {
        return store.keepersOf(personId);
    }

    /** The stakeholders some caucuses keep. */
    public List<Keeper> keepers(java.util.Collection<Long> caucusIds) {
        if (caucusIds.isEmpty()) {
            return List.of();
        }
        return store.keepers(caucusIds);
    }

    /**
     * A caucus keeps a stakeholder from now, made by whoever acts: someone who may not see the
     * stakeholder's record cannot pass it on.
     *
     * @throws IllegalArgumentException when the caucus keeps them already, or the one acting may not
     */
    @Transactional
    public Keeper keep(long personId, long caucusId) {
        Person person = find(personId)
                .orElseThrow(() -> new IllegalArgumentException("no such stakeholder"))
                .person();
        caucuses.find(caucusId).orElseThrow(() -> new IllegalArgumentException("no such caucus"));
        return keep(person, caucusId, access.originOfLink(CurrentUser.get(), person, false));
    }

    private Keeper keep(Person person, long caucusId, Origin origin) {
        if (keepersOf(person.id()).stream().anyMatch(k -> k.caucusId() == caucusId)) {
            throw new IllegalArgumentException(caucuses.name(caucusId) + " already keeps " + person.displayName());
        }
        store.insertKeeper(person.id(), caucusId, origin, AuditActor.who(), clock.instant());
        audit.record(
                "kept",
                "stakeholder",
                person.id(),
                AuditLog.person(person.id()),
                null,
                Map.of("caucus", caucusId, "origin", origin.name()));
        return keepersOf(person.id()).stream()
                .filter(k -> k.caucusId() == caucusId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * After an engagement: its caucus keeps the stakeholders who were there, when whoever logged it
     * could see their records; otherwise their being there is recorded and opens nothing.
     */
    void keptAfter(long caucusId, java.util.Collection<Long> attendees) {
        for (long id : attendees) {
            find(id).map(Stakeholder::person)
                    .filter(p -> keepersOf(p.id()).stream().noneMatch(k -> k.caucusId() == caucusId))
                    .ifPresent(p -> {
                        try {
                            keep(p, caucusId, access.originOfLink(CurrentUser.get(), p, false));
                        } catch (PersonAccess.Refused notTheirs) {
                            // the officer may list them as present, as anyone may see who they are
                        }
                    });
        }
    }

    public List<Stakeholder> all() {
        var positions = store.positionsByPerson();
        return people.ofKind(PersonKind.STAKEHOLDER).stream()
                .map(p -> new Stakeholder(p, positions.getOrDefault(p.id(), List.of())))
                .toList();
    }

    /** Stakeholders whose name, organisation or role contains the text. */
    public List<Stakeholder> search(String text) {
        if (text == null || text.isBlank()) {
            return all();
        }
        String needle = text.trim().toLowerCase(java.util.Locale.ROOT);
        return all().stream()
                .filter(s ->
                        s.person().fullName().toLowerCase(java.util.Locale.ROOT).contains(needle)
                                || s.positions().stream()
                                        .anyMatch(p -> (p.organisation() + " " + p.role())
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .contains(needle)))
                .toList();
    }

    public Optional<Stakeholder> find(long personId) {
        return people.find(personId)
                .filter(p -> p.kind() == PersonKind.STAKEHOLDER && !p.erased())
                .map(p -> new Stakeholder(p, positions(personId)));
    }

    public List<Position> positions(long personId) {
        return store.positions(personId);
    }

    /**
     * Adds a stakeholder with the post they hold now, kept by a caucus (whose officers then see the
     * contact details typed in); an administrator may leave them to no caucus.
     */
    @Transactional
    public Stakeholder add(
            PersonDraft details,
            StakeholderCategory category,
            String organisation,
            String role,
            LocalDate since,
            Long keptBy) {
        if (details.kind() != PersonKind.STAKEHOLDER) {
            throw new IllegalArgumentException("a stakeholder's record must be of the stakeholder kind");
        }
        var user = CurrentUser.get();
        if (keptBy == null && user.map(u -> !u.admin()).orElse(false)) {
            throw new IllegalArgumentException("choose the caucus that keeps the stakeholder");
        }
        if (keptBy != null
                && (caucuses.find(keptBy).isEmpty()
                        || user.map(u -> !caucuses.canRun(u, keptBy)).orElse(false))) {
            throw new IllegalArgumentException("choose a caucus you run to keep the stakeholder");
        }
        Person person = people.create(details);
        addPosition(person.id(), category, organisation, role, since, null);
        if (keptBy != null) {
            keep(person, keptBy, access.originOfNewRecord(user));
        }
        return find(person.id()).orElseThrow();
    }

    @Transactional
    public Position addPosition(
            long personId,
            StakeholderCategory category,
            String organisation,
            String role,
            LocalDate from,
            LocalDate until) {
        find(personId).orElseThrow(() -> new IllegalArgumentException("no such stakeholder"));
        if (category == null) {
            throw new IllegalArgumentException("say what kind of stakeholder this is");
        }
        String org = clean(organisation, "organisation");
        String title = clean(role, "role or portfolio");
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a post cannot end before it began");
        }
        long id = store.insertPosition(personId, category, org, title, from, until);
        var values = new LinkedHashMap<String, Object>();
        values.put("category", category.name());
        values.put("organisation", org);
        values.put("role", title);
        values.put("from", from == null ? null : from.toString());
        values.put("until", until == null ? null : until.toString());
        audit.record("added", "position", id, AuditLog.person(personId), null, values);
        return positions(personId).stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Records that a stakeholder left a post, as ministers do in a reshuffle. */
    @Transactional
    public void endPosition(long positionId, LocalDate on) {
        var position = store.position(positionId).orElseThrow(() -> new IllegalArgumentException("no such post"));
        if (position.endedOn() != null) {
            throw new IllegalArgumentException("that post already ended on " + position.endedOn());
        }
        if (position.startedOn() != null && on.isBefore(position.startedOn())) {
            throw new IllegalArgumentException("a post cannot end before it began (" + position.startedOn() + ")");
        }
        store.endPosition(positionId, on);
        audit.record(
                "ended",
                "position",
                positionId,
                AuditLog.person(position.personId()),
                Map.of("role", position.role()),
                Map.of("role", position.role(), "until", on.toString()));
    }

    private static String clean(String value, String what) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > 200) {
            throw new IllegalArgumentException("give the " + what + " in up to 200 characters");
        }
        return v;
    }
}
