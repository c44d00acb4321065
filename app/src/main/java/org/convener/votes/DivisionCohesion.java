package org.convener.votes;

import java.util.Optional;

/**
 * How a bloc voted in one division, beside its party and Labour.
 *
 * @param bloc how the bloc's members split
 * @param party how the bloc's party split (all its MPs)
 * @param labour how Labour's MPs split
 * @param members how many were in the bloc that day
 */
public record DivisionCohesion(Division division, Split bloc, Split party, Split labour, int members) {

    /** Members went both ways. */
    public boolean split() {
        return bloc.divided();
    }

    /** Most of the bloc went the other way from most of its party. */
    public boolean brokeWithParty() {
        return bloc.majority().isPresent()
                && party.majority().isPresent()
                && bloc.majority().get() != party.majority().get();
    }

    /** Whether most of the bloc went with most of Labour; empty when either split evenly or did not vote. */
    public Optional<Boolean> withLabour() {
        if (bloc.majority().isEmpty() || labour.majority().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(bloc.majority().get() == labour.majority().get());
    }
}
