package org.convener.groups;

import java.time.Instant;

/** Someone who has offered to fill a vacant post, and what became of the offer. */
public record Volunteer(
        long id,
        long postId,
        long personId,
        Instant volunteeredAt,
        String message,
        Status status,
        String decidedBy,
        Instant decidedAt) {

    public enum Status {
        OPEN,
        APPOINTED,
        DECLINED,
        WITHDRAWN
    }
}
