package org.convener.groups;

import java.util.List;

/** A vacant post on the board, with its group and anyone who has offered to fill it. */
public record Vacancy(Group group, OfficerPost post, List<Volunteer> volunteers) {

    public long openOffers() {
        return volunteers.stream()
                .filter(v -> v.status() == Volunteer.Status.OPEN)
                .count();
    }
}
