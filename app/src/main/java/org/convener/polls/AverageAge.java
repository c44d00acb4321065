package org.convener.polls;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How old the poll average is on a given day: the pages and bulletins that use it show its date,
 * and say plainly when the newest poll is older than the configured limit.
 *
 * @param asOf the day the newest poll's fieldwork ended
 * @param on the day it is looked at
 * @param limit days after which it is stale
 */
public record AverageAge(LocalDate asOf, LocalDate on, int limit) {

    public long days() {
        return Math.max(0, ChronoUnit.DAYS.between(asOf, on));
    }

    public boolean stale() {
        return days() > limit;
    }

    /** A sentence for the page: the date, and a warning when stale. */
    public String sentence() {
        String date = org.convener.shared.Format.date(asOf);
        return stale()
                ? "Out of date: the newest poll in this average ended its fieldwork on " + date + ", " + days()
                        + " days ago (more than " + limit + "). Add recent polls for a current picture."
                : "The newest poll in this average ended its fieldwork on " + date + ".";
    }
}
