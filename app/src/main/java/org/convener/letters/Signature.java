package org.convener.letters;

import java.time.Instant;

/**
 * An MP's signature on a letter, with who they were when they signed. A withdrawn signature stays
 * on record with when and by whom it was withdrawn.
 *
 * @param caucuses the invited caucuses the MP belonged to when signing, as their names
 * @param recordedBy who recorded it: the MP themself, or an officer
 * @param confirmation how the MP confirmed, when an officer recorded it for them
 */
public record Signature(
        long id,
        long letterId,
        long personId,
        String name,
        String constituency,
        String caucuses,
        int version,
        Instant signedAt,
        String recordedBy,
        String confirmation,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalNote) {

    public boolean live() {
        return withdrawnAt == null;
    }
}
