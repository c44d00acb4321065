package org.convener.engagements;

import java.util.Optional;

/**
 * Where follow-ups that did not arise at an engagement came from. A module above this one that
 * records follow-ups through {@link FollowUps#assign} (the organising module's meetings)
 * says what each of its sources is called and where it is, so that lists of follow-ups link to it
 * without this module knowing the other.
 */
public interface FollowUpSources {

    /** The kind this module's follow-ups are recorded with, such as {@code meeting}. */
    String kind();

    /** The title and address of one source, if it still exists. */
    Optional<Source> describe(long sourceId);

    record Source(String title, String href) {}
}
