package org.convener.seats;

import java.util.List;
import java.util.Optional;
import org.convener.engine.Constituency;
import org.convener.engine.Party;
import org.convener.engine.Result;

/**
 * Everything Convener knows about one constituency.
 *
 * @param general2024 the 2024 general election result
 * @param notional2019 the 2019 result estimated on the 2024 boundaries, if imported
 * @param byElections by-elections since 2024, oldest first
 * @param mp the sitting MP, if known
 * @param hex its place on the hex map, if imported
 */
public record Seat(
        Constituency constituency,
        String constituencyType,
        Contest general2024,
        Contest notional2019,
        List<Contest> byElections,
        MemberOfParliament mp,
        HexPosition hex) {

    public Seat {
        byElections = List.copyOf(byElections);
    }

    public String code() {
        return constituency.code().value();
    }

    public String name() {
        return constituency.name();
    }

    public Result result() {
        return general2024.result();
    }

    public Party winner() {
        return result().winningParty();
    }

    public Party second() {
        return result().secondParty();
    }

    public long majority() {
        return result().majority();
    }

    public double majorityShare() {
        return result().majorityShare();
    }

    public double shareOf(Party party) {
        return result().shares().get(party);
    }

    /**
     * Change in a party's share from the notional 2019 result, as the Library reports it: only
     * for a party that stood then, and only for parties coded alike in both elections.
     */
    public Optional<Double> changeSince2019(Party party) {
        if (notional2019 == null
                || party == Party.IND
                || party == Party.OTH
                || notional2019.result().votes(party) == 0) {
            return Optional.empty();
        }
        return Optional.of(result().shares().changeSince(notional2019.result().shares(), party));
    }

    /** The 2024 result as a projection's starting point. */
    public org.convener.engine.SeatBaseline general2024Baseline() {
        return org.convener.engine.SeatBaseline.of(constituency, result());
    }

    /** The most recent by-election, if any. */
    public Optional<Contest> latestByElection() {
        return byElections.isEmpty() ? Optional.empty() : Optional.of(byElections.get(byElections.size() - 1));
    }
}
