package org.convener.engagements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.groups.Groups;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What someone in the caucus undertook to do after an engagement, by when, and whether it is done. */
@Service
public class FollowUps {

    private final EngagementStore store;
    private final Engagements engagements;
    private final Caucuses caucuses;
    private final People people;
    private final Groups groups;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(
            EngagementStore store,
            Engagements engagements,
            Caucuses caucuses,
            People people,
            Groups groups,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.engagements = engagements;
        this.caucuses = caucuses;
        this.people = people;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /** An engagement's follow-ups, soonest due first. */
    public List<Engagement.FollowUp> of(long engagementId) {
        return store.followUps(engagementId);
    }

    public Optional<Engagement.FollowUp> find(long id) {
        return store.followUp(id);
    }

    /** A person's open follow-ups, soonest due first. */
    public List<Engagement.FollowUp> owedBy(long personId) {
        return store.owedBy(personId);
    }

    /** Follow-ups past their day and not done, for the caucuses given, most overdue first. */
    public List<Engagement.FollowUp> overdue(Set<Long> caucusIds) {
        return caucusIds.isEmpty() ? List.of() : store.overdue(caucusIds, engagements.today());
    }

    /** Gives a member of the engagement's caucus something to do by a day. */
    @Transactional
    public Engagement.FollowUp add(long engagementId, String action, long ownerId, LocalDate dueOn) {
        Engagement engagement =
                engagements.find(engagementId).orElseThrow(() -> new IllegalArgumentException("no such engagement"));
        String what = Engagements.text(action, 1000, "the action");
        Person owner = people.find(ownerId)
                .filter(p -> !p.erased())
                .orElseThrow(() -> new IllegalArgumentException("choose who will do it"));
        if (!caucuses.isMember(engagement.caucusId(), owner.id())) {
            throw new IllegalArgumentException(owner.displayName() + " is not a member of the caucus");
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("give the day it is due");
        }
        long id = store.insertFollowUp(engagementId, engagement.caucusId(), what, ownerId, dueOn, clock.instant());
        audit.record(
                "assigned",
                "follow-up",
                id,
                AuditLog.person(ownerId),
                null,
                Map.of("engagement", engagementId, "action", what, "owner", ownerId, "due", dueOn.toString()));
        return find(id).orElseThrow();
    }

    /** The follow-ups that arose at something of another module's (an action point at a meeting), in order. */
    public List<Engagement.FollowUp> from(String sourceKind, long sourceId) {
        return store.followUpsFrom(sourceKind, sourceId);
    }

    /**
     * Records a follow-up that arose at something of another module's, such as an action point
     * agreed at a local group's meeting: owed to a current member of the group, by a day.
     */
    @Transactional
    public Engagement.FollowUp assign(
            String sourceKind, long sourceId, long groupId, String action, long ownerId, LocalDate dueOn) {
        String what = Engagements.text(action, 1000, "the action");
        Person owner = people.find(ownerId)
                .filter(p -> !p.erased())
                .orElseThrow(() -> new IllegalArgumentException("choose who will do it"));
        if (!groups.isMember(groupId, ownerId)) {
            throw new IllegalArgumentException(owner.displayName() + " is not a member of the group");
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("give the day it is due");
        }
        long id = store.insertFollowUp(sourceKind, sourceId, groupId, what, ownerId, dueOn, clock.instant());
        audit.record(
                "assigned",
                "follow-up",
                id,
                AuditLog.person(ownerId),
                null,
                Map.of(sourceKind, sourceId, "action", what, "owner", ownerId, "due", dueOn.toString()));
        return find(id).orElseThrow();
    }

    @Transactional
    public Engagement.FollowUp complete(long followUpId) {
        Engagement.FollowUp before =
                find(followUpId).orElseThrow(() -> new IllegalArgumentException("no such follow-up"));
        store.saveDone(before.complete(AuditActor.who(), clock.instant()));
        audit.record(
                "done",
                "follow-up",
                followUpId,
                AuditLog.person(before.ownerId()),
                Map.of("done", false),
                Map.of("done", true));
        return find(followUpId).orElseThrow();
    }
}
