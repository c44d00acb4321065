package org.convener.polls;

import org.convener.engine.Poll;

/**
 * A poll as Convener holds it: from the imported file, or entered in the product.
 *
 * @param entered whether an officer or administrator entered it (its id is then an entered poll's)
 * @param method how it was taken (online panel, telephone), when the person who entered it said
 * @param sourceUrl where it was published, when entered
 */
public record PublishedPoll(
        long id, Poll poll, String client, String notes, boolean entered, String method, String sourceUrl) {

    public PublishedPoll(long id, Poll poll, String client, String notes) {
        this(id, poll, client, notes, false, null, null);
    }
}
