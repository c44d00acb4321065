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

    /** How a result names votes for several candidates counted together, when the source gives no more detail. */
    public static final String POOLED = "All other candidates";

    public static Candidacy ofParty(Party party, long votes) {
        return new Candidacy(party, party.displayName(), null, votes);
    }

    /** Votes for several candidates outside the modelled parties, counted together: no one candidate's. */
    public static Candidacy pooled(long votes) {
        return new Candidacy(Party.OTH, POOLED, null, votes);
    }

    /** Whether these are several candidates' votes together rather than one candidate's. */
    public boolean isPooled() {
        return party == Party.OTH && candidateName == null && POOLED.equals(partyName);
    }
}
