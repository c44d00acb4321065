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
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.CurrentUser;
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
    private final SeatIntelligence seats;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Groups(
            JdbcTemplate jdbc,
            GroupStore store,
            People people,
            SeatIntelligence seats,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.people = people;
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
     * Adds a person to a group in a role from a day.
     *
     * @throws IllegalArgumentException if they are already a member or the role does not suit the group
     */
    @Transactional
    public Membership join(long groupId, long personId, Role role, LocalDate on) {
        Group group = find(groupId).orElseThrow(() -> new IllegalArgumentException("no such group"));
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("no person " + personId));
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
        if (!currentMemberships(groupId).stream()
                .filter(m -> m.personId() == personId)
                .toList()
                .isEmpty()) {
            throw new IllegalArgumentException(person.displayName() + " is already a member of " + group.name());
        }
        long id = jdbc.queryForObject(
                "insert into groups.membership (group_id, person_id, role, started_on) values (?, ?, ?, ?) returning id",
                Long.class,
                groupId,
                personId,
                role.name(),
                GroupStore.sql(on));
        Membership membership = store.membership(id).orElseThrow();
        audit.record("joined", "membership", id, AuditLog.person(personId), null, store.describe(membership));
        events.publishEvent(new MembershipChanged(groupId, personId));
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
        leave(membershipId, on.minusDays(1), "role changed to " + role.label().toLowerCase());
        return join(current.groupId(), current.personId(), role, on);
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
        if (currentMemberships(post.groupId()).stream().noneMatch(m -> m.personId() == personId)) {
            join(post.groupId(), personId, Role.MEMBER, on);
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
