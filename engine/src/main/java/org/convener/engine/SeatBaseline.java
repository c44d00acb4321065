package org.convener.engine;

import java.util.Objects;

/**
 * One seat's starting point for a projection: its shares of the modelled parties
 * ({@link Party#GB_MODEL} order) and its size.
 *
 * @param regionCode the ONS region (or nation) code, for regional targets and errors
 * @param shares fractions summing to one
 * @param validVotes valid votes cast, which weigh the seat in national totals
 */
public record SeatBaseline(
        ConstituencyCode code, String name, Nation nation, String regionCode, double[] shares, long validVotes) {

    public SeatBaseline {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(regionCode, "regionCode");
        shares = ShareVector.of(shares).toArray(); // validated, rounding dust cleared
        if (validVotes <= 0) {
            throw new IllegalArgumentException(code + " has no valid votes");
        }
    }

    /** A seat's baseline from its result, with parties outside the GB model counted as Oth. */
    public static SeatBaseline of(Constituency constituency, Result result) {
        var shares = new double[ShareVector.SIZE];
        double valid = result.validVotes();
        for (Candidacy c : result.candidacies()) {
            shares[Party.GB_MODEL.indexOf(c.party().inGbModel())] += c.votes() / valid;
        }
        return new SeatBaseline(
                constituency.code(),
                constituency.name(),
                constituency.nation(),
                constituency.region().code(),
                shares,
                result.validVotes());
    }

    public double share(Party party) {
        int index = Party.GB_MODEL.indexOf(party);
        return index < 0 ? 0 : shares[index];
    }

    /** The party with the largest share. */
    public Party leader() {
        return Party.GB_MODEL.get(Projection.argmax(shares));
    }
}
