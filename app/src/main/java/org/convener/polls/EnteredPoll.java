package org.convener.polls;

/** A poll entered in the product; {@code withdrawnReason} says why it left the average, if it did. */
public record EnteredPoll(PublishedPoll poll, String withdrawnReason) {

    public boolean withdrawn() {
        return withdrawnReason != null;
    }
}
