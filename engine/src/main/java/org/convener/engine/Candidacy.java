package org.convener.engine;

import java.util.Objects;

/**
 * One line of a result: a candidate (or, in a notional result, a party) and the votes won.
 *
 * @param party the Library party code the candidacy counts towards
 * @param partyName the party as the source names it, e.g. "Labour and Co-operative"
 * @param candidateName the candidate's name; {@code null} in notional results, which have none
 * @param votes votes won
 */
public record Candidacy(Party party, String partyName, String candidateName, long votes) {

    public Candidacy {
        Objects.requireNonNull(party, "party");
        if (votes < 0) {
            throw new IllegalArgumentException("votes cannot be negative: " + votes);
        }
        if (partyName == null || partyName.isBlank()) {
            partyName = party.displayName();
        }
    }
}
