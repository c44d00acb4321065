package org.convener.votes;

import java.time.LocalDate;

/**
 * A Commons division with its declared counts and the counts of its per-MP list.
 *
 * @param id the Commons Votes division id
 * @param number its number in the session
 * @param officialAyes the ayes the House declared, tellers excluded
 * @param countedAyes the ayes in the per-MP list, tellers excluded and {@code both} counted on each side
 * @param listTitle the per-MP source's own heading, where it differs from the title
 * @param freeVote marked by an officer as a free vote
 */
public record Division(
        int id,
        LocalDate heldOn,
        int number,
        String title,
        int officialAyes,
        int officialNoes,
        boolean deferred,
        String listTitle,
        Source source,
        int countedAyes,
        int countedNoes,
        boolean freeVote) {

    /** Whether the per-MP list falls short of, or exceeds, the declared counts. */
    public boolean countsDiffer() {
        return countedAyes != officialAyes || countedNoes != officialNoes;
    }

    /** The declared result: ayes have it when they outnumber the noes. */
    public boolean passed() {
        return officialAyes > officialNoes;
    }

    Division asFreeVote(boolean free) {
        return new Division(
                id,
                heldOn,
                number,
                title,
                officialAyes,
                officialNoes,
                deferred,
                listTitle,
                source,
                countedAyes,
                countedNoes,
                free);
    }
}
