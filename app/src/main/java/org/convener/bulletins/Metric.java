package org.convener.bulletins;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A named figure a caucus tracks week by week ("people returned since July 2024").
 *
 * @param seatCode the constituency it is about, when it is about one
 */
public record Metric(
        long id,
        long caucusId,
        String name,
        String unit,
        String source,
        String method,
        String seatCode,
        boolean illustrative) {

    /** One value of a metric, for the day it refers to, with where it was published. */
    public record Value(
            long id, long metricId, LocalDate refersTo, BigDecimal value, String sourceUrl, Instant recordedAt) {}
}
