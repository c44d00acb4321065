package org.convener.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.people.Origin;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's officer posts, who holds them, and the offers to fill local groups' vacant ones. Terms
 * follow one another and end rather than being overwritten; every change is audited.
 */
@Service
public class OfficerPosts {

    private final GroupStore store;
    private final Groups groups;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfficerPosts(
            GroupStore store,
            Groups groups,
            People people,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.groups = groups;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<OfficerPost> posts(long groupId) {
        return store.posts("where group_id = ?", groupId);
    }

    public Optional<OfficerPost> post(long postId) {
        return store.posts("where id = ?", postId).stream().findFirst();
    }

    @Transactional
    public OfficerPost createPost(long groupId, String title, String description) {
        groups.find(groupId).orElseThrow(() -> new IllegalArgumentException("no such group"));
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new IllegalArgumentException("a post needs a title of up to 100 characters");
        }
        long id = store.insertPost(groupId, title.trim(), description, clock.instant());
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
        if (on.isAfter(groups.today())) {
            throw new IllegalArgumentException("an appointment cannot start in the future");
        }
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("no person " + personId));
        if (person.erased()) {
            throw new IllegalArgumentException("this person has been erased");
        }
        if (post.current().map(h -> h.personId() == personId).orElse(false)) {
            throw new IllegalArgumentException(person.displayName() + " already holds the post");
        }
        Group group = groups.find(post.groupId()).orElseThrow();
        boolean member = groups.isMember(post.groupId(), personId);
        // an appointee who is not a member joins: as themself, if they offered to take the post
        Origin origin = member
                ? null
                : volunteers(postId).stream()
                                .anyMatch(v -> v.personId() == personId && v.status() == Volunteer.Status.OPEN)
                        ? Origin.VOLUNTEER
                        : groups.originOfLink(group, person);
        post.current()
                .ifPresent(h ->
                        endHolding(post, h, on.minusDays(1).isBefore(h.startedOn()) ? h.startedOn() : on.minusDays(1)));
        long id = store.insertHolding(postId, personId, on);
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
            groups.join(group, person, Role.MEMBER, on, origin);
        }
        store.settleOpenOffer(postId, personId, Volunteer.Status.APPOINTED, AuditActor.who(), clock.instant());
        events.publishEvent(new MembershipChanged(post.groupId(), personId));
        return post(postId).orElseThrow();
    }

    /** Leaves a post vacant from a day. */
    @Transactional
    public OfficerPost vacate(long postId, LocalDate on) {
        OfficerPost post = post(postId).orElseThrow(() -> new IllegalArgumentException("no such post"));
        OfficerPost.Holding holding = post.checkCanVacate(on);
        endHolding(post, holding, on);
        events.publishEvent(new MembershipChanged(post.groupId(), holding.personId()));
        return post(postId).orElseThrow();
    }

    private void endHolding(OfficerPost post, OfficerPost.Holding holding, LocalDate on) {
        store.endHolding(holding.id(), on);
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
        var vacancies = new ArrayList<Vacancy>();
        List<Group> all = groups.all();
        for (OfficerPost post : store.posts("where retired_on is null")) {
            all.stream()
                    .filter(g -> g.id() == post.groupId() && g.kind() == GroupKind.LOCAL_GROUP && post.vacant())
                    .findFirst()
                    .ifPresent(group -> vacancies.add(new Vacancy(group, post, volunteers(post.id()))));
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
        if (groups.find(post.groupId())
                .map(g -> g.kind() != GroupKind.LOCAL_GROUP)
                .orElse(true)) {
            throw new IllegalArgumentException("only local groups' posts take volunteers");
        }
        if (message != null && message.length() > 1000) {
            throw new IllegalArgumentException("keep the message to 1,000 characters");
        }
        long id = store.insertVolunteer(
                postId, personId, message == null || message.isBlank() ? null : message.trim(), clock.instant());
        var offered = new LinkedHashMap<String, Object>();
        offered.put("post", post.title());
        offered.put("person", personId);
        offered.put("message", message == null || message.isBlank() ? null : message.trim());
        audit.record("volunteered", "post", postId, AuditLog.person(personId), null, offered);
        events.publishEvent(new VolunteerOffered(id, postId, post.groupId(), personId));
        return volunteerOffer(id).orElseThrow();
    }

    @Transactional
    public void withdraw(long postId, long personId) {
        if (!store.settleOpenOffer(postId, personId, Volunteer.Status.WITHDRAWN, AuditActor.who(), clock.instant())) {
            throw new IllegalArgumentException("there is no open offer to withdraw");
        }
        audit.record("withdrew", "post", postId, AuditLog.person(personId), null, Map.of("person", personId));
    }

    @Transactional
    public void decline(long volunteerId) {
        Volunteer v = volunteerOffer(volunteerId).orElseThrow(() -> new IllegalArgumentException("no such volunteer"));
        if (v.status() != Volunteer.Status.OPEN) {
            throw new IllegalStateException(
                    "the offer is already " + v.status().name().toLowerCase());
        }
        store.settleOpenOffer(v.postId(), v.personId(), Volunteer.Status.DECLINED, AuditActor.who(), clock.instant());
        audit.record(
                "declined", "post", v.postId(), AuditLog.person(v.personId()), null, Map.of("person", v.personId()));
    }
}
