package org.convener.people;

import java.util.List;

/** One page of a people search. */
public record PeoplePage(List<Person> people, int page, int pageSize, long total) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
