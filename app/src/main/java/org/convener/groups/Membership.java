package org.convener.groups;

import java.time.LocalDate;

/**
 * A person's membership of a group in one role for one period. A change of role ends one
 * membership and starts another, so the history stays.
 */
public record Membership(
        long id, long groupId, long personId, Role role, LocalDate startedOn, LocalDate endedOn, String endReason) {

    public boolean openOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    public boolean open() {
        return endedOn == null;
    }

    /** Guards the end of a membership: not before it began, not twice. */
    public void checkCanEnd(LocalDate on) {
        if (endedOn != null) {
            throw new IllegalStateException("this membership already ended on " + endedOn);
        }
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException(
                    "a membership cannot end (" + on + ") before it began (" + startedOn + ")");
        }
    }
}
