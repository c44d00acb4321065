package org.convener.count;

import java.math.BigDecimal;
import java.util.List;

/**
 * One stage of a count: what was done ({@code action} to {@code subjects}), every candidate's
 * votes after it (indexed like the election's candidates; excluded candidates stand at 0), the
 * votes that could go no further, who was elected at this stage and who has been excluded so far.
 */
public record Stage(
        int number,
        Action action,
        List<Candidate> subjects,
        List<BigDecimal> totals,
        BigDecimal nonTransferable,
        List<Candidate> elected,
        List<Candidate> excludedSoFar,
        BigDecimal quota) {

    public Stage {
        subjects = List.copyOf(subjects);
        totals = List.copyOf(totals);
        elected = List.copyOf(elected);
        excludedSoFar = List.copyOf(excludedSoFar);
    }

    public BigDecimal total(Candidate c) {
        return totals.get(c.index());
    }
}
