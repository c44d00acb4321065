package org.convener.votes;

import java.util.List;
import java.util.OptionalDouble;
import org.convener.engine.Party;

/**
 * How cohesively a bloc voted over a period.
 *
 * @param party the bloc's own party: the party most of its votes were cast under
 * @param divisions every division counted in which the bloc had members, oldest first
 * @param members each member's record, most rebellions first
 */
public record CohesionReport(
        Bloc bloc,
        Coverage coverage,
        Party party,
        List<DivisionCohesion> divisions,
        List<MemberCohesion> members,
        boolean freeVotesIncluded) {

    /** The mean Rice index over divisions where at least two members voted aye or no. */
    public OptionalDouble averageRice() {
        return rated().mapToDouble(d -> d.bloc().rice().getAsDouble()).average();
    }

    /** How many divisions the mean Rice index is over. */
    public long ratedDivisions() {
        return rated().count();
    }

    private java.util.stream.Stream<DivisionCohesion> rated() {
        return divisions.stream().filter(d -> d.bloc().voting() >= 2);
    }

    /** Divisions where most of the bloc and most of Labour both went one way. */
    public long withLabourOf() {
        return divisions.stream().filter(d -> d.withLabour().isPresent()).count();
    }

    public long withLabour() {
        return divisions.stream().filter(d -> d.withLabour().orElse(false)).count();
    }

    public OptionalDouble withLabourShare() {
        long of = withLabourOf();
        return of == 0 ? OptionalDouble.empty() : OptionalDouble.of(withLabour() / (double) of);
    }

    /** Divisions where members went both ways or the bloc broke with its party, newest first. */
    public List<DivisionCohesion> breaks() {
        return divisions.stream()
                .filter(d -> d.split() || (bloc.kind() != Bloc.Kind.PARTY && d.brokeWithParty()))
                .sorted(java.util.Comparator.comparing(
                                (DivisionCohesion d) -> d.division().heldOn())
                        .thenComparing(d -> d.division().number())
                        .reversed())
                .toList();
    }

    public int rebellions() {
        return members.stream().mapToInt(MemberCohesion::rebellions).sum();
    }
}
