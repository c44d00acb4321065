package org.convener.groups;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.people.Origin;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.platform.CurrentUser;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to join a group, for those a group's managers may not add themselves: the
 * membership starts when the person, signed in as themself, accepts.
 */
// named apart from the accounts module's invitations to an account, which share the simple name
@Service("groupInvitations")
public class Invitations {

    private final GroupStore store;
    private final Groups groups;
    private final People people;
    private final PersonAccess access;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Invitations(
            GroupStore store,
            Groups groups,
            People people,
            PersonAccess access,
            Accounts accounts,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.groups = groups;
        this.people = people;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

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

    @Transactional
    public Invitation invite(long groupId, long personId) {
        Group group = groups.find(groupId).orElseThrow(() -> new IllegalArgumentException("no such group"));
        Person person = people.find(personId)
                .filter(p -> !p.erased())
                .filter(p -> CurrentUser.get().map(u -> access.canView(u, p)).orElse(true))
                .orElseThrow(() -> new IllegalArgumentException("choose someone from the list"));
        if (groups.isMember(groupId, personId)) {
            throw new IllegalArgumentException(person.displayName() + " is already a member of " + group.name());
        }
        if (accounts.forPerson(personId).filter(a -> a.enabled()).isEmpty()) {
            throw new IllegalArgumentException(person.displayName()
                    + " has no account to accept an invitation with; ask an administrator to add them");
        }
        long id = store.insertInvitation(
                groupId, personId, AuditActor.who(), clock.instant(), person.displayName() + " is already invited");
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
        Group group = groups.find(invitation.groupId()).orElseThrow();
        Person person = people.find(invitation.personId()).orElseThrow();
        return groups.join(group, person, Role.MEMBER, groups.today(), Origin.INVITATION);
    }

    /** The invited person declines, or (withdrawing it) those who run the group take it back. */
    @Transactional
    public void close(long invitationId, boolean declined) {
        decide(invitationId, declined ? Invitation.Status.DECLINED : Invitation.Status.WITHDRAWN);
    }

    private Invitation decide(long invitationId, Invitation.Status to) {
        Invitation invitation = store.lockInvitation(invitationId)
                .orElseThrow(() -> new IllegalArgumentException("no such invitation"));
        Invitation decided = invitation.decide(to, clock.instant());
        store.saveDecision(decided);
        audit.record(
                to.name().toLowerCase(),
                "invitation",
                invitationId,
                AuditLog.person(invitation.personId()),
                Map.of("status", "OPEN"),
                Map.of("status", to.name(), "group", invitation.groupId()));
        return decided;
    }
}
