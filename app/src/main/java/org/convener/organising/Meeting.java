package org.convener.organising;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.convener.shared.Format;

/**
 * A local group's meeting, or an event it runs in its community.
 *
 * @param onlineLink where to join online, if anywhere
 * @param shownPublicly on the group's public page, as the organiser chose
 */
public record Meeting(
        long id,
        long groupId,
        MeetingKind kind,
        String title,
        Instant startsAt,
        int minutes,
        String place,
        String onlineLink,
        String agenda,
        boolean shownPublicly,
        Instant cancelledAt,
        String createdBy,
        Instant createdAt) {

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    /** The day it is held on, in London. */
    public LocalDate day() {
        return startsAt.atZone(Format.LONDON).toLocalDate();
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** The agenda's items, one a line. */
    public List<String> agendaItems() {
        if (agenda == null) {
            return List.of();
        }
        return Arrays.stream(agenda.split("\\R"))
                .map(String::strip)
                .map(line -> line.replaceFirst("^([0-9]+[.)]|[-*•])\\s*", ""))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Whether its day has come, so that attendance and minutes can be taken. */
    public boolean heldBy(LocalDate today) {
        return !day().isAfter(today);
    }

    /** Guards a change that only a meeting still on can take. */
    void checkNotCancelled() {
        if (cancelled()) {
            throw new IllegalStateException("this meeting was cancelled");
        }
    }

    /** RSVPs are taken until the end of the meeting's day. */
    void checkOpenForRsvps(LocalDate today) {
        checkNotCancelled();
        if (day().isBefore(today)) {
            throw new IllegalStateException("the meeting has been held: RSVPs are closed");
        }
    }

    /** Attendance, minutes, decisions and action points come from the meeting's day on. */
    void checkHeld(LocalDate today, String what) {
        checkNotCancelled();
        if (!heldBy(today)) {
            throw new IllegalStateException(
                    what + " can be recorded from the day of the meeting, " + Format.date(day()));
        }
    }

    void checkMinuted() {
        if (!kind.minuted()) {
            throw new IllegalStateException("a " + kind.label().toLowerCase() + " keeps no minutes");
        }
    }

    /** A group's meeting at which earlier minutes may be approved: a later one whose day has come. */
    void checkCanApproveMinutesOf(Meeting earlier, LocalDate today) {
        if (groupId != earlier.groupId) {
            throw new IllegalArgumentException("minutes are approved at a meeting of the same group");
        }
        if (!kind.minuted() || cancelled()) {
            throw new IllegalArgumentException("minutes are approved at a group meeting that took place");
        }
        if (!startsAt.isAfter(earlier.startsAt)) {
            throw new IllegalArgumentException("minutes are approved at a later meeting");
        }
        if (!heldBy(today)) {
            throw new IllegalArgumentException("the meeting that approves them has not been held yet");
        }
    }

    /** Minutes: one version of the record, numbered from 1. */
    public record Minutes(int number, String body, String writtenBy, Instant writtenAt) {}

    /** Which version was approved, and at which meeting. */
    public record Approval(int version, long atMeetingId, String recordedBy, Instant recordedAt) {}

    public record Decision(long id, String body, Instant recordedAt) {}

    public record Rsvp(long personId, RsvpAnswer answer, Instant answeredAt) {}

    /** RSVPs and attendance in numbers. */
    public record Counts(int coming, int maybe, int notComing, int attended, int attendedWithoutRsvp) {}
}
