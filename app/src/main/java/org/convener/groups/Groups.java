package org.convener.groups;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.convener.engine.ConstituencyCode;
import org.convener.people.Origin;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.people.PersonDraft;
import org.convener.platform.CurrentUser;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.seats.SeatIntelligence;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caucuses and local groups, their memberships, officer posts and volunteers. Every change is
 * audited and keeps history: nothing is overwritten.
 */
@Service
public class Groups {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final JdbcTemplate jdbc;
    private final GroupStore store;
    private final People people;
    private final PersonAccess access;
    private final Accounts accounts;
    private final SeatIntelligence seats;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Groups(
            JdbcTemplate jdbc,
            GroupStore store,
            People people,
            PersonAccess access,
            Accounts accounts,
            SeatIntelligence seats,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.people = people;
        this.access = access;
        this.accounts = accounts;
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
        for (Group.Area area : areas) {
            if (!ConstituencyCode.isValid(area.constituencyCode())
                    || seats.seat(ConstituencyCode.of(area.constituencyCode())).isEmpty()) {
                throw new IllegalArgumentException(
                        "\"" + area.constituencyCode() + "\" is not a 2024 constituency code");
            }
        }
        long id;
        try {
            id = jdbc.queryForObject(
                    "insert into groups.grp (kind, name, slug, description, illustrative, created_at) values (?, ?, ?, ?, ?, ?) returning id",
                    Long.class,
                    kind.name(),
                    name.trim(),
                    slug,
                    description,
                    illustrative,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("a group with that name or short name already exists");
        }
        jdbc.batchUpdate(
                "insert into groups.group_area (group_id, constituency_code, branch) values (?, ?, ?)",
                areas.stream()
                        .map(a -> new Object[] {id, a.constituencyCode(), a.branch()})
                        .toList());
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
    private Origin originOfLink(Group group, Person person) {
        var user = CurrentUser.get();
        boolean asCaucusOfficer = group.kind() == GroupKind.CAUCUS
                && user.map(u -> canManage(u, group.id())).orElse(false);
        return access.originOfLink(user, person, asCaucusOfficer);
    }

    private Membership join(Group group, Person person, Role role, LocalDate on, Origin origin) {
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
        if (currentMemberships(group.id()).stream().anyMatch(m -> m.personId() == person.id())) {
            throw new IllegalArgumentException(person.displayName() + " is already a member of " + group.name());
        }
        long id = jdbc.queryForObject(
                """
                insert into groups.membership (group_id, person_id, role, started_on, origin, made_by, made_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """,
                Long.class,
                group.id(),
                person.id(),
                role.name(),
                GroupStore.sql(on),
                origin.name(),
                AuditActor.who(),
                Timestamp.from(clock.instant()));
        Membership membership = store.membership(id).orElseThrow();
        audit.record("joined", "membership", id, AuditLog.person(person.id()), null, store.describe(membership));
        events.publishEvent(new MembershipChanged(group.id(), person.id()));
        return membership;
    }

    /** Ends a membership: the record stays, with the day and the reason. */
    @Transactional
    public Membership leave(long membershipId, LocalDate on, String reason) {
        Membership before =
                store.membership(membershipId).orElseThrow(() -> new IllegalArgumentException("no such membership"));
        before.checkCanEnd(on);
        jdbc.update(
                "update groups.membership set ended_on = ?, end_reason = ? where id = ?",
                GroupStore.sql(on),
                reason,
                membershipId);
        Membership after = store.membership(membershipId).orElseThrow();
        audit.record(
                "left",
                "membership",
                membershipId,
                AuditLog.person(before.personId()),
                store.describe(before),
                store.describe(after));
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

    // ---- officer posts

    public List<OfficerPost> posts(long groupId) {
        return store.posts("where group_id = ?", groupId);
    }

    public Optional<OfficerPost> post(long postId) {
        return store.posts("where id = ?", postId).stream().findFirst();
    }

    @Transactional
    public OfficerPost createPost(long groupId, String title, String description) {
        find(groupId).orElseThrow(() -> new IllegalArgumentException("no such group"));
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new IllegalArgumentException("a post needs a title of up to 100 characters");
        }
        int order = jdbc.queryForObject(
                "select coalesce(max(sort_order), 0) + 1 from groups.officer_post where group_id = ?",
                Integer.class,
                groupId);
        long id;
        try {
            id = jdbc.queryForObject(
                    "insert into groups.officer_post (group_id, title, description, sort_order, created_at) values (?, ?, ?, ?, ?) returning id",
                    Long.class,
                    groupId,
                    title.trim(),
                    description,
                    order,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("the group already has a post called " + title.trim());
        }
        audit.record("created", "post", id, null, null, Map.of("group", groupId, "title", title.trim()));
        return post(id).orElseThrow();
    }

    /**
     * Appoints a person to a post from a day; any current holder's term ends the day before. An
     * appointee who is not yet a member of the group becomes one.
     */
    @Transactional
    public OfficerPost appoint(long postId, long personId, LocalDate on) {
        OfficerPost post = post(postId).orElseThrow(() -> new IllegalArgumentException("no such post"));
        post.checkCanAppoint(on);
        if (on.isAfter(today())) {
            throw new IllegalArgumentException("an appointment cannot start in the future");
        }
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("no person " + personId));
        if (person.erased()) {
            throw new IllegalArgumentException("this person has been erased");
        }
        if (post.current().map(h -> h.personId() == personId).orElse(false)) {
            throw new IllegalArgumentException(person.displayName() + " already holds the post");
        }
        Group group = find(post.groupId()).orElseThrow();
        boolean member = currentMemberships(post.groupId()).stream().anyMatch(m -> m.personId() == personId);
        // an appointee who is not a member joins: as themself, if they offered to take the post
        Origin origin = member
                ? null
                : volunteers(postId).stream()
                                .anyMatch(v -> v.personId() == personId && v.status() == Volunteer.Status.OPEN)
                        ? Origin.VOLUNTEER
                        : originOfLink(group, person);
        post.current()
                .ifPresent(h ->
                        endHolding(post, h, on.minusDays(1).isBefore(h.startedOn()) ? h.startedOn() : on.minusDays(1)));
        long id = jdbc.queryForObject(
                "insert into groups.post_holding (post_id, person_id, started_on) values (?, ?, ?) returning id",
                Long.class,
                postId,
                personId,
                GroupStore.sql(on));
        audit.record(
                "appointed",
                "post",
                postId,
                AuditLog.person(personId),
                null,
                Map.of(
                        "post",
                        post.title(),
                        "group",
                        post.groupId(),
                        "person",
                        personId,
                        "holding",
                        id,
                        "from",
                        on.toString()));
        if (!member) {
            join(group, person, Role.MEMBER, on, origin);
        }
        jdbc.update(
                "update groups.volunteer set status = 'APPOINTED', decided_by = ?, decided_at = ? where post_id = ? and person_id = ? and status = 'OPEN'",
                AuditActor.who(),
                Timestamp.from(clock.instant()),
                postId,
                personId);
        events.publishEvent(new MembershipChanged(post.groupId(), personId));
        return post(postId).orElseThrow();
    }

    /** Leaves a post vacant from a day. */
    @Transactional
    public OfficerPost vacate(long postId, LocalDate on) {
        OfficerPost post = post(postId).orElseThrow(() -> new IllegalArgumentException("no such post"));
        OfficerPost.Holding holding =
                post.current().orElseThrow(() -> new IllegalStateException("the post is already vacant"));
        if (on.isBefore(holding.startedOn())) {
            throw new IllegalArgumentException(
                    "the post cannot fall vacant before its holder started (" + holding.startedOn() + ")");
        }
        endHolding(post, holding, on);
        events.publishEvent(new MembershipChanged(post.groupId(), holding.personId()));
        return post(postId).orElseThrow();
    }

    private void endHolding(OfficerPost post, OfficerPost.Holding holding, LocalDate on) {
        jdbc.update("update groups.post_holding set ended_on = ? where id = ?", GroupStore.sql(on), holding.id());
        audit.record(
                "vacated",
                "post",
                post.id(),
                AuditLog.person(holding.personId()),
                Map.of(
                        "post",
                        post.title(),
                        "person",
                        holding.personId(),
                        "from",
                        holding.startedOn().toString()),
                Map.of("post", post.title(), "person", holding.personId(), "until", on.toString()));
    }

    // ---- vacancies and volunteers

    /** Vacant posts of local groups, with their group, for the board. */
    public List<Vacancy> vacancies() {
        var groups = new LinkedHashMap<Long, Group>();
        all().forEach(g -> groups.put(g.id(), g));
        var vacancies = new ArrayList<Vacancy>();
        for (OfficerPost post : store.posts("where retired_on is null")) {
            Group group = groups.get(post.groupId());
            if (group != null && group.kind() == GroupKind.LOCAL_GROUP && post.vacant()) {
                vacancies.add(new Vacancy(group, post, volunteers(post.id())));
            }
        }
        return vacancies;
    }

    public List<Volunteer> volunteers(long postId) {
        return store.volunteers("where post_id = ?", postId);
    }

    public Optional<Volunteer> volunteerOffer(long volunteerId) {
        return store.volunteers("where id = ?", volunteerId).stream().findFirst();
    }

    public List<Volunteer> volunteersOf(long personId) {
        return store.volunteers("where person_id = ?", personId);
    }

    @Transactional
    public Volunteer volunteer(long postId, long personId, String message) {
        OfficerPost post = post(postId).orElseThrow(() -> new IllegalArgumentException("no such post"));
        if (!post.vacant() || post.retiredOn() != null) {
            throw new IllegalArgumentException("the post of " + post.title() + " is not vacant");
        }
        if (find(post.groupId()).map(g -> g.kind() != GroupKind.LOCAL_GROUP).orElse(true)) {
            throw new IllegalArgumentException("only local groups' posts take volunteers");
        }
        if (message != null && message.length() > 1000) {
            throw new IllegalArgumentException("keep the message to 1,000 characters");
        }
        long id;
        try {
            id = jdbc.queryForObject(
                    "insert into groups.volunteer (post_id, person_id, volunteered_at, message, status) values (?, ?, ?, ?, 'OPEN') returning id",
                    Long.class,
                    postId,
                    personId,
                    Timestamp.from(clock.instant()),
                    message == null || message.isBlank() ? null : message.trim());
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("you have already volunteered for this post");
        }
        var offered = new LinkedHashMap<String, Object>();
        offered.put("post", post.title());
        offered.put("person", personId);
        offered.put("message", message == null || message.isBlank() ? null : message.trim());
        audit.record("volunteered", "post", postId, AuditLog.person(personId), null, offered);
        events.publishEvent(new VolunteerOffered(id, postId, post.groupId(), personId));
        return store.volunteers("where id = ?", id).get(0);
    }

    @Transactional
    public void withdraw(long postId, long personId) {
        int n = jdbc.update(
                "update groups.volunteer set status = 'WITHDRAWN', decided_by = ?, decided_at = ? where post_id = ? and person_id = ? and status = 'OPEN'",
                AuditActor.who(),
                Timestamp.from(clock.instant()),
                postId,
                personId);
        if (n == 0) {
            throw new IllegalArgumentException("there is no open offer to withdraw");
        }
        audit.record("withdrew", "post", postId, AuditLog.person(personId), null, Map.of("person", personId));
    }

    @Transactional
    public void decline(long volunteerId) {
        Volunteer v = store.volunteers("where id = ?", volunteerId).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such volunteer"));
        if (v.status() != Volunteer.Status.OPEN) {
            throw new IllegalStateException(
                    "the offer is already " + v.status().name().toLowerCase());
        }
        jdbc.update(
                "update groups.volunteer set status = 'DECLINED', decided_by = ?, decided_at = ? where id = ?",
                AuditActor.who(),
                Timestamp.from(clock.instant()),
                volunteerId);
        audit.record(
                "declined", "post", v.postId(), AuditLog.person(v.personId()), null, Map.of("person", v.personId()));
    }

    // ---- invitations

    /** A group's invitations still waiting for an answer. */
    public List<Invitation> openInvitations(long groupId) {
        return store.invitations("where group_id = ? and status = 'OPEN'", groupId);
    }

    /** Every invitation a person was sent. */
    public List<Invitation> invitationsOf(long personId) {
        return store.invitations("where person_id = ?", personId);
    }

    public Optional<Invitation> invitation(long id) {
        return store.invitations("where id = ?", id).stream().findFirst();
    }

    /**
     * Invites someone to join, for those a group's managers may not add themselves: the membership
     * starts when the person, signed in as themself, accepts.
     */
    @Transactional
    public Invitation invite(long groupId, long personId) {
        Group group = find(groupId).orElseThrow(() -> new IllegalArgumentException("no such group"));
        Person person = people.find(personId)
                .filter(p -> !p.erased())
                .filter(p -> CurrentUser.get().map(u -> access.canView(u, p)).orElse(true))
                .orElseThrow(() -> new IllegalArgumentException("choose someone from the list"));
        if (currentMemberships(groupId).stream().anyMatch(m -> m.personId() == personId)) {
            throw new IllegalArgumentException(person.displayName() + " is already a member of " + group.name());
        }
        if (accounts.forPerson(personId).filter(a -> a.enabled()).isEmpty()) {
            throw new IllegalArgumentException(person.displayName()
                    + " has no account to accept an invitation with; ask an administrator to add them");
        }
        long id;
        try {
            id = jdbc.queryForObject(
                    "insert into groups.invitation (group_id, person_id, invited_by, invited_at, status) values (?, ?, ?, ?, 'OPEN') returning id",
                    Long.class,
                    groupId,
                    personId,
                    AuditActor.who(),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException(person.displayName() + " is already invited");
        }
        audit.record(
                "invited",
                "invitation",
                id,
                AuditLog.person(personId),
                null,
                Map.of("group", groupId, "person", personId));
        return invitation(id).orElseThrow();
    }

    /** The invited person accepts: they join as a member from today. */
    @Transactional
    public Membership accept(long invitationId) {
        Invitation invitation = decide(invitationId, Invitation.Status.ACCEPTED);
        Group group = find(invitation.groupId()).orElseThrow();
        Person person = people.find(invitation.personId()).orElseThrow();
        return join(group, person, Role.MEMBER, today(), Origin.INVITATION);
    }

    /** The invited person declines, or (withdrawing it) those who run the group take it back. */
    @Transactional
    public void close(long invitationId, boolean declined) {
        decide(invitationId, declined ? Invitation.Status.DECLINED : Invitation.Status.WITHDRAWN);
    }

    private Invitation decide(long invitationId, Invitation.Status to) {
        // hold the row, so that an answer and a withdrawal at once cannot both pass
        jdbc.query("select id from groups.invitation where id = ? for update", rs -> {}, invitationId);
        Invitation invitation =
                invitation(invitationId).orElseThrow(() -> new IllegalArgumentException("no such invitation"));
        if (!invitation.open()) {
            throw new IllegalStateException(
                    "the invitation was already " + invitation.status().name().toLowerCase());
        }
        jdbc.update(
                "update groups.invitation set status = ?, decided_at = ? where id = ?",
                to.name(),
                Timestamp.from(clock.instant()),
                invitationId);
        audit.record(
                to.name().toLowerCase(),
                "invitation",
                invitationId,
                AuditLog.person(invitation.personId()),
                Map.of("status", "OPEN"),
                Map.of("status", to.name(), "group", invitation.groupId()));
        return invitation;
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
        return canManage(user, groupId)
                || (user.personId() != null
                        && currentMemberships(groupId).stream().anyMatch(m -> m.personId() == user.personId()));
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
        jdbc.queryForList(
                        "select p.group_id from groups.post_holding h join groups.officer_post p on p.id = h.post_id where h.person_id = ? and h.ended_on is null",
                        Long.class,
                        personId)
                .forEach(managed::add);
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
