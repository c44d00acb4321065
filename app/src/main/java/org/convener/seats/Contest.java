package org.convener.seats;

import java.time.LocalDate;
import org.convener.engine.Result;

/**
 * One constituency's result at one election.
 *
 * @param electionId e.g. {@code ge2024}, {@code notional2019}
 * @param electorate registered electors, when published
 * @param invalidVotes rejected ballots, when published
 * @param declaredResult the result as declared, e.g. "Lab gain from Con"; notional results have none
 */
public record Contest(
        String electionId,
        ElectionKind kind,
        LocalDate heldOn,
        String title,
        Result result,
        Integer electorate,
        Integer invalidVotes,
        String declaredResult) {

    /** Ballots cast as a fraction of the electorate, or {@code null} when unknown. */
    public Double turnout() {
        if (electorate == null || electorate == 0) {
            return null;
        }
        long cast = result.validVotes() + (invalidVotes == null ? 0 : invalidVotes);
        return (double) cast / electorate;
    }
}
