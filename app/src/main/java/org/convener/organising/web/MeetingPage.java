package org.convener.organising.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convener.engagements.Engagement;
import org.convener.groups.Group;
import org.convener.organising.Meeting;

/**
 * What a meeting's page shows.
 *
 * @param manager the user runs the group: attendance, minutes, approval, decisions and action points
 * @param mine the user's own RSVP, if a member
 * @param approving later meetings at which the minutes could be approved
 */
public record MeetingPage(
        Group group,
        Meeting meeting,
        boolean manager,
        boolean member,
        Meeting.Rsvp mine,
        Meeting.Counts counts,
        List<Meeting.Rsvp> rsvps,
        Set<Long> attended,
        List<Long> members,
        Map<Long, String> names,
        List<Meeting.Minutes> minutes,
        Meeting.Approval approval,
        Meeting approvedAt,
        List<Meeting> approvedHere,
        List<Meeting.Decision> decisions,
        List<Engagement.FollowUp> actionPoints,
        List<Meeting> approving,
        LocalDate today) {

    public String name(long personId) {
        return names.getOrDefault(personId, "person " + personId);
    }

    public boolean held() {
        return meeting.heldBy(today);
    }

    public boolean open() {
        return approval == null && !meeting.cancelled();
    }

    public Meeting.Minutes latest() {
        return minutes.isEmpty() ? null : minutes.get(minutes.size() - 1);
    }
}
