package org.convener.votes;

import java.util.List;
import java.util.Optional;
import org.convener.engine.Party;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.platform.CurrentUser;
import org.convener.seats.SeatSet;
import org.springframework.stereotype.Component;

/**
 * The blocs whose cohesion can be measured, and who may see which. A caucus's membership is not
 * public, so its votes as a bloc follow the caucus page's rule: its members, those who run it and
 * administrators. Parties are public; a seat set is as visible as the set itself.
 */
@Component
public class Blocs {

    private final Groups groups;

    Blocs(Groups groups) {
        this.groups = groups;
    }

    public Bloc caucus(Group caucus) {
        if (caucus.kind() != GroupKind.CAUCUS) {
            throw new IllegalArgumentException(caucus.name() + " is not a caucus");
        }
        return Bloc.caucus(caucus, groups.memberships(caucus.id()));
    }

    public Bloc party(Party party) {
        return Bloc.party(party);
    }

    public Bloc seatSet(SeatSet set) {
        return Bloc.seatSet(set);
    }

    public Optional<Group> findCaucus(String slug) {
        return groups.find(slug).filter(g -> g.kind() == GroupKind.CAUCUS);
    }

    /** Whether a user may see how a caucus's members vote. */
    public boolean canSee(Optional<CurrentUser> user, Group caucus) {
        return user.isPresent() && groups.canView(user.get(), caucus.id());
    }

    /** Every caucus, for the command line, which answers to the operator. */
    public List<Group> caucuses() {
        return groups.all().stream().filter(g -> g.kind() == GroupKind.CAUCUS).toList();
    }

    /** The caucuses a user may see, by name. */
    public List<Group> caucusesVisibleTo(Optional<CurrentUser> user) {
        return caucuses().stream().filter(g -> canSee(user, g)).toList();
    }
}
