package org.convener.organising;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of a local group who wants to stand, in the group's pipeline, with where they stand now.
 *
 * @param aim what they aim for, in words ("Derby City Council, Abbey ward")
 * @param mentorId a member of the group who mentors them, if any
 */
public record Candidate(
        long id,
        long groupId,
        long personId,
        Office office,
        String aim,
        Stage stage,
        Long mentorId,
        String createdBy,
        Instant createdAt) {

    /**
     * A move to another stage on a day, for a reason: only the moves {@link Stage#next()} allows,
     * never before the last one, never in the future.
     *
     * @param lastMoveOn the day of the candidate's last move
     */
    public Move move(Stage to, LocalDate on, String reason, LocalDate lastMoveOn, LocalDate today) {
        if (to == null) {
            throw new IllegalArgumentException("choose the stage to move to");
        }
        if (!stage.canMoveTo(to)) {
            throw new IllegalStateException("a candidate cannot move from "
                    + stage.label().toLowerCase() + " to "
                    + to.label().toLowerCase()
                    + (stage.next().isEmpty()
                            ? ": " + stage.label().toLowerCase() + " is the end of a candidacy"
                            : "; from here: "
                                    + String.join(
                                            ", ",
                                            stage.next().stream()
                                                    .map(s -> s.label().toLowerCase())
                                                    .toList())));
        }
        if (on == null || on.isAfter(today)) {
            throw new IllegalArgumentException("a move is dated today or earlier");
        }
        if (lastMoveOn != null && on.isBefore(lastMoveOn)) {
            throw new IllegalArgumentException("a move cannot be dated before the last one (" + lastMoveOn + ")");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new IllegalArgumentException("say why, in up to 1,000 characters");
        }
        return new Move(stage, to, on, reason.strip());
    }

    /** One dated move of a candidate, with why and, once recorded, who recorded it. */
    public record Move(Stage from, Stage to, LocalDate on, String reason) {}

    /** A recorded move. */
    public record Recorded(
            long id, Stage from, Stage to, LocalDate on, String reason, String recordedBy, Instant recordedAt) {}

    public record PlanStep(long id, String title, LocalDate dueOn, LocalDate doneOn) {
        public boolean overdueOn(LocalDate day) {
            return doneOn == null && dueOn.isBefore(day);
        }
    }

    public record Training(long id, String title, LocalDate completedOn) {}

    public record SupportNeed(long id, SupportKind kind, String detail, LocalDate metOn) {}
}
