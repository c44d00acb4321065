package org.convener.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.convener.people.Origin;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.people.PersonDraft;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.seats.SeatIntelligence;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caucuses and local groups and their memberships, and who may run or see them; posts are {@link
 * OfficerPosts}' and invitations {@link Invitations}'. Every change is audited and keeps history:
 * nothing is overwritten.
 */
@Service
public class Groups {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final GroupStore store;
    private final People people;
    private final PersonAccess access;
    private final SeatIntelligence seats;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Groups(
            GroupStore store,
            People people,
            PersonAccess access,
            SeatIntelligence seats,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.people = people;
        this.access = access;
        this.seats = seats;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- groups

    public List<Group> all() {
        return store.groups();
    }

    public Optional<Group> find(String slug) {
        return all().stream().filter(g -> g.slug().equals(slug)).findFirst();
    }

    public Optional<Group> find(long id) {
        return all().stream().filter(g -> g.id() == id).findFirst();
    }

    @Transactional
    public Group create(
            GroupKind kind,
            String name,
            String slug,
            String description,
            boolean illustrative,
            List<Group.Area> areas) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a group needs a name of up to 200 characters");
        }
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "\"" + slug + "\" is not a short name: use lower-case letters, digits and hyphens");
        }
        areas.forEach(area -> seats.checkConstituency(area.constituencyCode()));
        long id = store.insertGroup(kind, name.trim(), slug, description, illustrative, areas, clock.instant());
        Group group = find(id).orElseThrow();
        var values = new LinkedHashMap<String, Object>();
        values.put("kind", kind.name());
        values.put("name", group.name());
        values.put("slug", slug);
        values.put("areas", areas.stream().map(Group.Area::constituencyCode).toList());
        audit.record("created", "group", id, null, null, values);
        return group;
    }

    // ---- memberships

    /** Every membership of a group, past and present, oldest first. */
    public List<Membership> memberships(long groupId) {
        return store.memberships("where group_id = ?", groupId);
    }

    public List<Membership> currentMemberships(long groupId) {
        return store.memberships("where group_id = ? and ended_on is null", groupId);
    }

    public List<Membership> membershipsOf(long personId) {
        return store.memberships("where person_id = ?", personId);
    }

    public Optional<Membership> membership(long id) {
        return store.membership(id);
    }

    /**
     * Adds a person to a group in a role from a day, made by whoever acts now. Whether they may
     * bring this person in, and how the membership is recorded as made, is for {@link PersonAccess}
     * to say: a manager may not bring in someone whose record they cannot see (an officer may add
     * an MP to their caucus).
     *
     * @throws IllegalArgumentException if they are already a member, the role does not suit the
     *     group, or the one acting may not bring them in
     */
    @Transactional
    public Membership join(long groupId, long personId, Role role, LocalDate on) {
        Group group = find(groupId).orElseThrow(() -> new IllegalArgumentException("no such group"));
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("no person " + personId));
        return join(group, person, role, on, originOfLink(group, person));
    }

    /**
     * Records a new person and makes them a member, in one transaction: whoever typed the record in
     * could see it, so they go on seeing it through the group.
     */
    @Transactional
    public Membership enrolNew(long groupId, PersonDraft draft, Role role, LocalDate on) {
        Group group = find(groupId).orElseThrow(() -> new IllegalArgumentException("no such group"));
        Person person = people.create(draft);
        return join(group, person, role, on, access.originOfNewRecord(CurrentUser.get()));
    }

    /** How a membership the one acting now makes would be made; refused when they may not make it. */
    Origin originOfLink(Group group, Person person) {
        var user = CurrentUser.get();
        boolean asCaucusOfficer = group.kind() == GroupKind.CAUCUS
                && user.map(u -> canManage(u, group.id())).orElse(false);
        return access.originOfLink(user, person, asCaucusOfficer);
    }

    /** Adds a person to a group, made as {@code origin} says. */
    Membership join(Group group, Person person, Role role, LocalDate on, Origin origin) {
        if (person.erased()) {
            throw new IllegalArgumentException("this person has been erased");
        }
        if (!List.of(Role.of(group.kind())).contains(role)) {
            throw new IllegalArgumentException(group.kind().label().toLowerCase() + "s have no "
                    + role.label().toLowerCase() + "s");
        }
        if (on.isAfter(today())) {
            throw new IllegalArgumentException("a membership cannot start in the future");
        }
        if (isMember(group.id(), person.id())) {
            throw new IllegalArgumentException(person.displayName() + " is already a member of " + group.name());
        }
        long id = store.insertMembership(group.id(), person.id(), role, on, origin, AuditActor.who(), clock.instant());
        Membership membership = store.membership(id).orElseThrow();
        audit.record("joined", "membership", id, AuditLog.person(person.id()), null, membership.audited());
        events.publishEvent(new MembershipChanged(group.id(), person.id()));
        return membership;
    }

    /** Ends a membership: the record stays, with the day and the reason. */
    @Transactional
    public Membership leave(long membershipId, LocalDate on, String reason) {
        Membership before =
                store.membership(membershipId).orElseThrow(() -> new IllegalArgumentException("no such membership"));
        Membership after = before.end(on, reason);
        store.saveEnd(after);
        audit.record(
                "left",
                "membership",
                membershipId,
                AuditLog.person(before.personId()),
                before.audited(),
                after.audited());
        events.publishEvent(new MembershipChanged(before.groupId(), before.personId()));
        return after;
    }

    /** A new role from a day: the old membership ends the day before and a new one starts. */
    @Transactional
    public Membership changeRole(long membershipId, Role role, LocalDate on) {
        Membership current =
                store.membership(membershipId).orElseThrow(() -> new IllegalArgumentException("no such membership"));
        if (current.role() == role) {
            throw new IllegalArgumentException("the member already has that role");
        }
        if (!on.isAfter(current.startedOn())) {
            throw new IllegalArgumentException(
                    "a new role must start after the current one did (" + current.startedOn() + ")");
        }
        Group group = find(current.groupId()).orElseThrow();
        Person person = people.find(current.personId()).orElseThrow();
        leave(membershipId, on.minusDays(1), "role changed to " + role.label().toLowerCase());
        // the same membership in a new role: it was made as the first one was
        return join(group, person, role, on, current.origin());
    }

    /** Whether a person is a member of a group now. */
    public boolean isMember(long groupId, long personId) {
        return currentMemberships(groupId).stream().anyMatch(m -> m.personId() == personId);
    }

    // ---- who may do what

    /** Whether a user manages a group: administrators, and its conveners, officers or organisers, or a post holder. */
    public boolean canManage(CurrentUser user, long groupId) {
        if (user.admin()) {
            return true;
        }
        return user.personId() != null && managedGroupIds(user.personId()).contains(groupId);
    }

    /** Whether a user may see a group's page: those who manage it, and its members. */
    public boolean canView(CurrentUser user, long groupId) {
        return canManage(user, groupId) || (user.personId() != null && isMember(groupId, user.personId()));
    }

    /** The groups a person manages, by role or by holding one of its posts. */
    public Set<Long> managedGroupIds(long personId) {
        var managed = new HashSet<Long>();
        var kinds = new LinkedHashMap<Long, GroupKind>();
        all().forEach(g -> kinds.put(g.id(), g.kind()));
        for (Membership m : store.memberships("where person_id = ? and ended_on is null", personId)) {
            if (m.role().manages(kinds.get(m.groupId()))) {
                managed.add(m.groupId());
            }
        }
        managed.addAll(store.groupsWithPostsHeldBy(personId));
        return managed;
    }

    // ---- growth

    /** Members on each day a membership began or ended, for the growth chart. */
    public TreeMap<LocalDate, Integer> growth(long groupId) {
        var changes = new TreeMap<LocalDate, Integer>();
        for (Membership m : memberships(groupId)) {
            changes.merge(m.startedOn(), 1, Integer::sum);
            if (m.endedOn() != null) {
                changes.merge(m.endedOn().plusDays(1), -1, Integer::sum);
            }
        }
        var counts = new TreeMap<LocalDate, Integer>();
        int members = 0;
        for (var change : changes.entrySet()) {
            members += change.getValue();
            counts.put(change.getKey(), members);
        }
        return counts;
    }
}
