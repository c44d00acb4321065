package org.convener.ballots;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A group's contest: nominations until {@code nominationsCloseAt}, then a secret ballot of the
 * group's members on {@code electorateOn} from {@code opensAt} until {@code closesAt}, counted at
 * the close by {@code method} for {@code seats} seats, with a re-open-nominations candidate when
 * {@code ron}. {@code seconders} is how many members must second a nomination.
 */
public record Contest(
        long id,
        long groupId,
        ContestKind kind,
        String title,
        String description,
        Method method,
        int seats,
        boolean ron,
        int seconders,
        Instant nominationsCloseAt,
        LocalDate electorateOn,
        Instant opensAt,
        Instant closesAt,
        UUID box,
        boolean illustrative,
        String createdBy,
        Instant createdAt,
        Instant countedAt) {

    public Phase phase(Instant now) {
        if (countedAt != null) {
            return Phase.COUNTED;
        }
        if (now.isBefore(nominationsCloseAt)) {
            return Phase.NOMINATIONS;
        }
        if (now.isBefore(opensAt)) {
            return Phase.WAITING;
        }
        return now.isBefore(closesAt) ? Phase.VOTING : Phase.CLOSED;
    }

    /** Guards a change to nominations: only while they are open. */
    void checkNominationsOpen(Instant now) {
        if (!now.isBefore(nominationsCloseAt)) {
            throw new IllegalStateException("nominations for this contest have closed");
        }
    }

    /** Guards a vote: only while voting is open. */
    void checkVotingOpen(Instant now) {
        Phase phase = phase(now);
        if (phase == Phase.NOMINATIONS || phase == Phase.WAITING) {
            throw new IllegalStateException("voting has not opened yet");
        }
        if (phase != Phase.VOTING) {
            throw new IllegalStateException("voting has closed");
        }
    }
}
