package org.convener.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * One seat's starting point for a projection: its shares of the modelled parties
 * ({@link Party#GB_MODEL} order), its size, its strongest other candidate and who stands.
 *
 * @param regionCode the ONS region (or nation) code, for regional targets and errors
 * @param shares fractions summing to one; Oth holds every candidate outside the modelled parties, the
 *     strongest other candidate included
 * @param validVotes valid votes cast, which weigh the seat in national totals
 * @param other the strongest candidate outside the modelled parties, or {@code null} if none stood
 * @param standing which modelled parties stand, in {@link Party#GB_MODEL} order; {@code null} for every party
 *     that stands in the seat's nation
 */
public record SeatBaseline(
        ConstituencyCode code,
        String name,
        Nation nation,
        String regionCode,
        double[] shares,
        long validVotes,
        OtherCandidate other,
        boolean[] standing) {

    private static final int OTH = Party.GB_MODEL.indexOf(Party.OTH);

    public SeatBaseline {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(regionCode, "regionCode");
        shares = ShareVector.of(shares).toArray(); // validated, rounding dust cleared
        if (validVotes <= 0) {
            throw new IllegalArgumentException(code + " has no valid votes");
        }
        if (other != null && other.share() > shares[OTH] + 1e-9) {
            throw new IllegalArgumentException(code + ": the strongest other candidate has more than all the others");
        }
        var stands = new boolean[ShareVector.SIZE];
        for (int p = 0; p < stands.length; p++) {
            stands[p] = Party.GB_MODEL.get(p).standsIn(nation) && (standing == null || standing[p]);
        }
        stands[OTH] = true;
        standing = stands;
    }

    public SeatBaseline(
            ConstituencyCode code, String name, Nation nation, String regionCode, double[] shares, long validVotes) {
        this(code, name, nation, regionCode, shares, validVotes, null, null);
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
                result.validVotes(),
                OtherCandidate.strongestIn(result),
                null);
    }

    /** The same seat with only the given parties standing (for instance those nominated at the next election). */
    public SeatBaseline withStanding(boolean[] standing) {
        return new SeatBaseline(code, name, nation, regionCode, shares, validVotes, other, standing);
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    @Override
    public boolean[] standing() {
        return standing.clone();
    }

    /** Whether the modelled party at this {@link Party#GB_MODEL} index stands in the seat. */
    public boolean stands(int party) {
        return standing[party];
    }

    double share(int party) {
        return shares[party];
    }

    public double share(Party party) {
        int index = Party.GB_MODEL.indexOf(party);
        return index < 0 ? 0 : shares[index];
    }

    /**
     * The fraction of Oth's vote that its strongest candidate holds, which a projection keeps in
     * every scenario; zero where no other candidate stood.
     */
    double otherFraction() {
        return other == null || shares[OTH] <= 0 ? 0 : Math.min(1, other.share() / shares[OTH]);
    }

    /** Who leads: the modelled party, or the other candidate, with the largest share. */
    public Party leader() {
        int best = -1;
        for (int p = 0; p < OTH; p++) {
            if (standing[p] && (best < 0 || shares[p] > shares[best])) {
                best = p;
            }
        }
        if (other != null && (best < 0 || other.share() > shares[best])) {
            return other.party();
        }
        return Party.GB_MODEL.get(best);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeatBaseline s
                && code.equals(s.code)
                && name.equals(s.name)
                && nation == s.nation
                && regionCode.equals(s.regionCode)
                && Arrays.equals(shares, s.shares)
                && validVotes == s.validVotes
                && Objects.equals(other, s.other)
                && Arrays.equals(standing, s.standing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, regionCode, Arrays.hashCode(shares), validVotes, other, Arrays.hashCode(standing));
    }
}
