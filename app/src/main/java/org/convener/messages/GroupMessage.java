package org.convener.messages;

import java.time.Instant;

/**
 * A message to a group's members.
 *
 * @param body Markdown
 * @param createdBy the account that wrote it
 * @param recipients once sent, how many it went to
 * @param leftOut once sent, how many of its audience it did not go to
 */
public record GroupMessage(
        long id,
        long groupId,
        String subject,
        String body,
        Audience audience,
        MessageStatus status,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant scheduledFor,
        Instant sentAt,
        Integer recipients,
        Integer leftOut) {

    /** Guards a change of the text or audience: only a draft changes. */
    public void checkEditable() {
        if (status != MessageStatus.DRAFT) {
            throw new IllegalStateException(
                    "the message is " + status.label().toLowerCase() + "; only a draft changes");
        }
    }

    /** Guards sending: a draft, or a scheduled message whose time has come. */
    public void checkSendable() {
        if (status != MessageStatus.DRAFT && status != MessageStatus.SCHEDULED) {
            throw new IllegalStateException(
                    "the message is already " + status.label().toLowerCase());
        }
    }
}
