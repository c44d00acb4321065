package org.convener.groups;

import java.util.HashSet;
import org.convener.engine.ConstituencyCode;
import org.convener.people.People;
import org.convener.people.PersonKind;
import org.convener.seats.SeatSet;
import org.convener.seats.SeatSets;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each caucus's seat set (its MP members' constituencies, named {@code caucus-<slug>}) in
 * step with its membership, so that sweeps and seat-set pages work on it like any other set.
 */
@Component
public class CaucusSeats implements org.convener.seats.SeatSetAccess {

    private final Groups groups;
    private final People people;
    private final SeatSets sets;

    CaucusSeats(Groups groups, People people, SeatSets sets) {
        this.groups = groups;
        this.people = people;
        this.sets = sets;
    }

    static String setName(Group caucus) {
        return ("caucus-" + caucus.slug())
                .substring(0, Math.min(63, 7 + caucus.slug().length()));
    }

    @EventListener
    void on(MembershipChanged event) {
        groups.find(event.groupId()).filter(g -> g.kind() == GroupKind.CAUCUS).ifPresent(this::refresh);
    }

    void refresh(Group caucus) {
        var codes = new HashSet<ConstituencyCode>();
        var members = groups.currentMemberships(caucus.id()).stream()
                .map(Membership::personId)
                .toList();
        for (var person : people.findAll(members)) {
            if (person.kind() == PersonKind.MP && person.constituencyCode() != null) {
                codes.add(ConstituencyCode.of(person.constituencyCode()));
            }
        }
        sets.replace(new SeatSet(
                setName(caucus),
                caucus.name() + ": members' seats",
                "The seats of " + caucus.name() + "'s MP members, kept up to date with its membership.",
                SeatSet.Origin.CAUCUS,
                groups.today().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant(),
                codes));
    }

    @Override
    public boolean keeps(SeatSet set) {
        return set.origin() == SeatSet.Origin.CAUCUS;
    }

    /** A caucus's seats say who its members are: for those who may see the caucus. */
    @Override
    public boolean canSee(SeatSet set, java.util.Optional<org.convener.platform.CurrentUser> user) {
        return user.isPresent()
                && groups.all().stream()
                        .filter(g -> g.kind() == GroupKind.CAUCUS && setName(g).equals(set.name()))
                        .anyMatch(g -> groups.canView(user.get(), g.id()));
    }

    public java.util.Optional<SeatSet> of(Group caucus) {
        return sets.find(setName(caucus));
    }
}
