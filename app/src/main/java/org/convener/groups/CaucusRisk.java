package org.convener.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.ModelOptions;
import org.convener.engine.Party;
import org.convener.engine.Projection;
import org.convener.engine.Targets;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonKind;
import org.convener.polls.ProjectionRun;
import org.convener.polls.Projections;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.springframework.stereotype.Service;

/**
 * How safe a caucus's MPs are: each member's seat with its majority, who is second, the chance of
 * holding it under the current poll average, and the Reform UK share at which it falls.
 */
@Service
public class CaucusRisk {

    private final Groups groups;
    private final People people;
    private final SeatIntelligence seats;
    private final Projections projections;

    CaucusRisk(Groups groups, People people, SeatIntelligence seats, Projections projections) {
        this.groups = groups;
        this.people = people;
        this.seats = seats;
        this.projections = projections;
    }

    /**
     * One member's seat.
     *
     * @param party the party the MP sits for now
     * @param holdChance their party's chance of holding the seat under the current poll average, if there is one
     * @param reformTippingPoint the Reform UK GB share at which the seat falls to Reform, if within 10–60%
     */
    public record MemberSeat(Person mp, Seat seat, Party party, Double holdChance, Double reformTippingPoint) {}

    /** The caucus's MP members' seats, most at risk first. */
    public List<MemberSeat> seats(Group caucus) {
        var members = groups.currentMemberships(caucus.id()).stream()
                .map(Membership::personId)
                .toList();
        Optional<ProjectionRun> run = projections.current();
        var list = new ArrayList<MemberSeat>();
        var mps = people.findAll(members).stream()
                .filter(p -> p.kind() == PersonKind.MP && p.constituencyCode() != null)
                .toList();
        var tipping = reformTippingPoints(mps);
        for (Person mp : mps) {
            Seat seat = seats.seat(ConstituencyCode.of(mp.constituencyCode())).orElse(null);
            if (seat == null) {
                continue;
            }
            Party party = seat.mp() != null ? seat.mp().party() : seat.winner();
            Double chance = run.map(r -> {
                        int index = r.indexOf(seat);
                        return index < 0 ? null : r.simulation().winProbability(index, party.inGbModel());
                    })
                    .orElse(null);
            list.add(new MemberSeat(mp, seat, party, chance, tipping.get(seat.code())));
        }
        list.sort(Comparator.comparing((MemberSeat m) -> m.holdChance() == null ? 2.0 : m.holdChance())
                .thenComparing(m -> m.seat().majorityShare()));
        return list;
    }

    /** The members whose party loses their seat if Reform UK polls {@code share} (a fraction), votes taken from all others. */
    public List<MemberSeat> losingAt(Group caucus, double share) {
        var list = seats(caucus);
        if (list.isEmpty()) {
            return list;
        }
        var baseline = projections.baseline2024();
        var target = baseline.shares().withShare(Party.RUK, share, Projections.othersThan(Party.RUK));
        var projection = Projection.of(
                baseline, Targets.national(target), projections.settings().swingModel(), ModelOptions.DEFAULTS);
        var projected = projections.projectedSeats();
        return list.stream()
                .filter(m -> {
                    int index = projected.indexOf(m.seat());
                    return index >= 0 && projection.winner(index) != m.party().inGbModel();
                })
                .toList();
    }

    private java.util.Map<String, Double> reformTippingPoints(List<Person> mps) {
        var codes = new java.util.HashSet<ConstituencyCode>();
        mps.forEach(p -> codes.add(ConstituencyCode.of(p.constituencyCode())));
        var result = new java.util.HashMap<String, Double>();
        var projected =
                projections.projectedSeats().stream().map(Seat::code).collect(java.util.stream.Collectors.toSet());
        codes.removeIf(c -> !projected.contains(c.value()));
        if (codes.isEmpty() || !seats.hasResults()) {
            return result;
        }
        var sweep = org.convener.engine.Sweep.run(
                projections.baseline2024(),
                projections.baseline2024().shares(),
                Party.RUK,
                Projections.othersThan(Party.RUK),
                0.10,
                0.60,
                0.05,
                codes,
                projections.settings().swingModel(),
                ModelOptions.DEFAULTS);
        sweep.tippingPoints().forEach(t -> result.put(t.code().value(), t.share()));
        return result;
    }
}
