package org.convener.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.people.Origin;

/**
 * A person's membership of a group in one role for one period. A change of role ends one
 * membership and starts another, so the history stays.
 *
 * @param origin how the membership was made, which decides whether those who run the group see
 *     the person's record ({@link org.convener.people.PersonAccess})
 * @param madeBy who made it: an account ("account 12") or one of Convener's tools
 * @param madeAt when it was recorded; unknown for memberships recorded before it was kept
 */
public record Membership(
        long id,
        long groupId,
        long personId,
        Role role,
        LocalDate startedOn,
        LocalDate endedOn,
        String endReason,
        Origin origin,
        String madeBy,
        Instant madeAt) {

    public boolean openOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    public boolean open() {
        return endedOn == null;
    }

    /** The membership ended on a day for a reason: not before it began, not twice. */
    Membership end(LocalDate on, String reason) {
        if (endedOn != null) {
            throw new IllegalStateException("this membership already ended on " + endedOn);
        }
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException(
                    "a membership cannot end (" + on + ") before it began (" + startedOn + ")");
        }
        return new Membership(id, groupId, personId, role, startedOn, on, reason, origin, madeBy, madeAt);
    }

    /** What the audit log records of it. */
    Map<String, Object> audited() {
        var values = new LinkedHashMap<String, Object>();
        values.put("group", groupId);
        values.put("person", personId);
        values.put("role", role.name());
        values.put("startedOn", startedOn.toString());
        values.put("endedOn", endedOn == null ? null : endedOn.toString());
        values.put("endReason", endReason);
        values.put("origin", origin.name());
        return values;
    }
}
