package org.convener.engagements;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A policy ask a caucus presses, with where it stands.
 *
 * @param caucusId the caucus making the ask
 * @param wording what exactly is asked
 */
public record Ask(
        long id,
        long caucusId,
        long topicId,
        String title,
        String wording,
        AskStatus status,
        String createdBy,
        Instant createdAt) {

    /** One dated move of an ask, with who recorded it and why. */
    public record Transition(
            long id,
            long askId,
            AskStatus from,
            AskStatus to,
            LocalDate on,
            String recordedBy,
            Instant recordedAt,
            String reason,
            Long engagementId) {}

    /** What supports an ask: a seat, a seat set, a projection or another page, by its address. */
    public record Evidence(long id, long askId, EvidenceKind kind, String target, String note) {}

    public enum EvidenceKind {
        SEAT,
        SEAT_SET,
        PROJECTION,
        LINK
    }

    /**
     * Guards a move: only to a status that follows this one, on a day no earlier than the last move.
     *
     * @throws IllegalStateException for a move the lifecycle does not allow
     */
    public void checkMove(AskStatus to, LocalDate on, LocalDate lastMove) {
        if (!status.canMoveTo(to)) {
            throw new IllegalStateException("an ask that is " + status.label().toLowerCase() + " cannot become "
                    + to.label().toLowerCase()
                    + (status.closed()
                            ? " (it is closed)"
                            : "; it can become "
                                    + String.join(
                                            " or ",
                                            status.next().stream()
                                                    .map(s -> s.label().toLowerCase())
                                                    .toList())));
        }
        if (lastMove != null && on.isBefore(lastMove)) {
            throw new IllegalArgumentException("the move cannot be dated before the last one (" + lastMove + ")");
        }
    }
}
