package org.convener.organising;

import java.time.Instant;
import java.time.LocalDate;
import org.convener.shared.Format;

/**
 * A course of political education run by a group: sessions, each with materials and a facilitator.
 *
 * @param recommended the organisers recommend it to every member of the group
 * @param sessionsRequired how many sessions a member must attend to complete it; {@code null}: all
 */
public record Course(
        long id,
        long groupId,
        String title,
        String description,
        boolean recommended,
        Integer sessionsRequired,
        Instant createdAt) {

    /** How many sessions complete the course, given how many it has. */
    public int required(int sessions) {
        return sessionsRequired == null ? sessions : Math.min(sessionsRequired, sessions);
    }

    public record Session(long id, long courseId, String title, Instant startsAt, String place, Long facilitatorId) {
        public LocalDate day() {
            return startsAt.atZone(Format.LONDON).toLocalDate();
        }
    }

    /** A link, or an uploaded file (by its stored file's id). */
    public record Material(long id, long sessionId, String title, String link, Long fileId) {}

    /** Where a member stands on a course. */
    public record Progress(Course course, boolean enrolled, int attended, int sessions, LocalDate completedOn) {
        public boolean completed() {
            return completedOn != null;
        }
    }
}
