package org.convener.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An officer post of a group, with everyone who has held it; vacant when nobody holds it now.
 *
 * @param holdings who held it and when, oldest first
 */
public record OfficerPost(
        long id,
        long groupId,
        String title,
        String description,
        int sortOrder,
        LocalDate retiredOn,
        List<Holding> holdings) {

    /** One person's time in the post. */
    public record Holding(long id, long personId, LocalDate startedOn, LocalDate endedOn) {}

    public OfficerPost {
        holdings = List.copyOf(holdings);
    }

    public Optional<Holding> current() {
        return holdings.stream().filter(h -> h.endedOn() == null).findFirst();
    }

    public boolean vacant() {
        return current().isEmpty();
    }

    /** Guards an appointment: the post must be in use, and the start cannot precede the last holder's start. */
    public void checkCanAppoint(LocalDate on) {
        if (retiredOn != null) {
            throw new IllegalStateException("the post of " + title + " was retired on " + retiredOn);
        }
        current().ifPresent(h -> {
            if (on.isBefore(h.startedOn())) {
                throw new IllegalArgumentException(
                        "the new holder cannot start before the current one did (" + h.startedOn() + ")");
            }
        });
        // terms follow one another: a new one cannot reach back into an earlier holder's
        holdings.stream()
                .map(Holding::endedOn)
                .filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo)
                .ifPresent(lastEnd -> {
                    if (!on.isAfter(lastEnd)) {
                        throw new IllegalArgumentException(
                                "the new holder must start after the last term ended (" + lastEnd + ")");
                    }
                });
    }

    /** The holding that ends when the post falls vacant on a day: there must be one, begun by then. */
    Holding checkCanVacate(LocalDate on) {
        Holding holding = current().orElseThrow(() -> new IllegalStateException("the post is already vacant"));
        if (on.isBefore(holding.startedOn())) {
            throw new IllegalArgumentException(
                    "the post cannot fall vacant before its holder started (" + holding.startedOn() + ")");
        }
        return holding;
    }
}
