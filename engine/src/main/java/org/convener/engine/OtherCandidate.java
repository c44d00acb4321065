package org.convener.engine;

import java.util.Objects;

/**
 * A seat's strongest candidate outside the parties a GB projection models: an independent MP, the
 * Speaker or a local party. Projections carry this candidate as a contender of their own in the
 * seat; everyone else outside the modelled parties stays in Oth, which cannot win.
 *
 * @param name the candidate's name; {@code null} in notional results, which have none
 * @param party {@link Party#IND}, {@link Party#SPK}, or {@link Party#OTH} for a candidate of a party the Library
 *     does not code
 * @param partyName the party as the source names it, e.g. "Workers Party of Britain"
 * @param share the candidate's fraction of the seat's valid vote
 */
public record OtherCandidate(String name, Party party, String partyName, double share) {

    public OtherCandidate {
        Objects.requireNonNull(party, "party");
        if (Party.GB_MODEL.contains(party) && party != Party.OTH) {
            throw new IllegalArgumentException(party.code() + " is a modelled party, not another candidate");
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("another candidate's share must be above 0 and at most 1, was " + share);
        }
        if (partyName == null || partyName.isBlank()) {
            partyName = party.displayName();
        }
    }

    /** How pages name the candidate: "Jeremy Corbyn (Independent)", or the party alone in a notional result. */
    public String label() {
        return name == null || name.isBlank() ? partyName : name + " (" + partyName + ")";
    }

    /** The strongest candidate in a result outside the modelled parties, if any stood. */
    static OtherCandidate strongestIn(Result result) {
        double valid = result.validVotes();
        for (Candidacy c : result.candidacies()) { // highest first
            if (c.party().inGbModel() == Party.OTH && c.votes() > 0 && !c.isPooled()) {
                return new OtherCandidate(
                        c.candidateName(), Party.asContender(c.party()), c.partyName(), c.votes() / valid);
            }
        }
        return null;
    }
}
