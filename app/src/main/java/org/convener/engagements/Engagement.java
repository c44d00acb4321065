package org.convener.engagements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting, call, briefing, speaker session or hustings of a caucus with stakeholders.
 *
 * @param attendees everyone there, members and stakeholders, by person id
 * @param topicIds what it was about
 * @param askIds the asks raised there
 */
public record Engagement(
        long id,
        long caucusId,
        EngagementKind kind,
        String title,
        Instant startsAt,
        int minutes,
        String place,
        String notes,
        String createdBy,
        Instant createdAt,
        List<Long> attendees,
        List<Long> topicIds,
        List<Long> askIds) {

    public Engagement {
        attendees = List.copyOf(attendees);
        topicIds = List.copyOf(topicIds);
        askIds = List.copyOf(askIds);
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    /** A commitment received at an engagement, on an ask or on its own. */
    public record Commitment(
            long id,
            long engagementId,
            Long askId,
            Long stakeholderId,
            String wording,
            String recordedBy,
            Instant recordedAt) {}

    /**
     * Something someone must do after an engagement, or after another module's meeting (an action
     * point), by a day.
     *
     * @param engagementId the engagement it arose at, or {@code null} when it arose elsewhere
     * @param groupId the group it is owed to: the engagement's caucus, or the meeting's group
     * @param sourceKind where it arose when not at an engagement, as {@link FollowUpSources#kind()}
     */
    public record FollowUp(
            long id,
            Long engagementId,
            long groupId,
            String sourceKind,
            Long sourceId,
            String action,
            long ownerId,
            LocalDate dueOn,
            Instant doneAt,
            String doneBy,
            Instant createdAt) {

        public boolean done() {
            return doneAt != null;
        }

        public boolean overdueOn(LocalDate day) {
            return !done() && dueOn.isBefore(day);
        }

        /** The follow-up done by someone at a moment: once only. */
        FollowUp complete(String by, Instant at) {
            if (done()) {
                throw new IllegalStateException("that follow-up was already done");
            }
            return new FollowUp(
                    id, engagementId, groupId, sourceKind, sourceId, action, ownerId, dueOn, at, by, createdAt);
        }
    }
}
