package org.convener.groups;

import java.time.Instant;

/**
 * An invitation to join a group, for someone those who run it may not bring in themselves (an MP,
 * say, or a member of another group): the membership starts only if the person accepts.
 *
 * @param invitedBy who invited them: an account ("account 12") or one of Convener's tools
 */
public record Invitation(
        long id, long groupId, long personId, String invitedBy, Instant invitedAt, Status status, Instant decidedAt) {

    public enum Status {
        OPEN,
        ACCEPTED,
        DECLINED,
        WITHDRAWN
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** The invitation answered or withdrawn: once only. */
    Invitation decide(Status to, Instant at) {
        if (!open()) {
            throw new IllegalStateException(
                    "the invitation was already " + status.name().toLowerCase());
        }
        return new Invitation(id, groupId, personId, invitedBy, invitedAt, to, at);
    }
}
