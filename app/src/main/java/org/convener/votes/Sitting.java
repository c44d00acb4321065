package org.convener.votes;

import java.time.LocalDate;

/**
 * An MP's time in the House in this Parliament, and the seat they sat for.
 *
 * @param memberId the Parliament (MNIS) member id
 * @param name the name the Members list gives, or the source's for an MP no longer in it
 * @param constituencyCode the seat, when known
 * @param from the day they were elected (the general election or their by-election)
 * @param until the day their seat's by-election was held, for an MP who has left; {@code null} while they sit
 * @param current in the current Members list
 */
public record Sitting(
        int memberId,
        String name,
        String constituencyCode,
        String constituencyName,
        LocalDate from,
        LocalDate until,
        boolean current) {

    /** Whether they sat on a day, so could have voted in a division held then. */
    public boolean satOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
