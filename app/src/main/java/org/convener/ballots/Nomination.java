package org.convener.ballots;

import java.time.Instant;
import java.util.List;

/**
 * A candidate nominated in a contest with their statement, who nominated them, who seconded,
 * and whether they accepted (and, when someone recorded it for them, how they confirmed).
 */
public record Nomination(
        long id,
        long contestId,
        long candidateId,
        String candidateName,
        long nominatedBy,
        String nominatorName,
        String statement,
        Instant nominatedAt,
        Instant acceptedAt,
        String acceptance,
        List<Long> seconders) {

    public Nomination {
        seconders = List.copyOf(seconders);
    }

    public boolean accepted() {
        return acceptedAt != null;
    }

    /** Stands on the ballot paper: accepted, and seconded as the contest requires. */
    public boolean valid(int secondersRequired) {
        return accepted() && seconders.size() >= secondersRequired;
    }
}
