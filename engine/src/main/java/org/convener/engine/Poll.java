package org.convener.engine;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A published voting-intention poll.
 *
 * @param sampleSize respondents, or {@code null} when not published
 * @param shares each reported party's share in percent; a party not reported is absent
 * @param mrp whether it is a seat model (MRP) rather than a national poll
 */
public record Poll(
        LocalDate fieldworkStart,
        LocalDate fieldworkEnd,
        String pollster,
        Integer sampleSize,
        Map<Party, Double> shares,
        boolean mrp) {

    public Poll {
        Objects.requireNonNull(fieldworkEnd, "fieldworkEnd");
        Objects.requireNonNull(pollster, "pollster");
        if (fieldworkStart == null) {
            fieldworkStart = fieldworkEnd;
        }
        if (fieldworkEnd.isBefore(fieldworkStart)) {
            throw new IllegalArgumentException("fieldwork cannot end before it starts");
        }
        if (sampleSize != null && sampleSize <= 0) {
            throw new IllegalArgumentException("a sample must have respondents");
        }
        var copy = new EnumMap<Party, Double>(Party.class);
        shares.forEach((party, share) -> {
            if (!(share >= 0 && share <= 100)) {
                throw new IllegalArgumentException(party.code() + " share must be between 0 and 100, was " + share);
            }
            copy.merge(party.inGbModel(), share, Double::sum);
        });
        shares = Map.copyOf(copy);
    }
}
