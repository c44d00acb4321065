package org.convener.engagements;

import java.time.LocalDate;

/**
 * A post a stakeholder holds or held: "Secretary of State for Work and Pensions" at "DWP".
 *
 * @param startedOn when they took it, if known
 * @param endedOn when they left it; {@code null} while they hold it
 */
public record Position(
        long id,
        long personId,
        StakeholderCategory category,
        String organisation,
        String role,
        LocalDate startedOn,
        LocalDate endedOn) {

    public boolean heldOn(LocalDate day) {
        return (startedOn == null || !day.isBefore(startedOn)) && (endedOn == null || !day.isAfter(endedOn));
    }

    public String describe() {
        return role + ", " + organisation;
    }
}
