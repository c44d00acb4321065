package org.convener.people;

import java.time.Instant;
import java.util.Map;

/**
 * Consent to be contacted on one channel, as recorded.
 *
 * @param method how it was given, e.g. "signed form at the branch meeting"
 * @param recordedBy who recorded it
 */
public record Consent(Channel channel, boolean granted, Instant recordedAt, String method, String recordedBy) {

    /** As a subject access export gives it. */
    Map<String, Object> exported() {
        return Map.of(
                "channel",
                channel.name(),
                "granted",
                granted,
                "recordedAt",
                recordedAt.toString(),
                "method",
                method,
                "recordedBy",
                recordedBy);
    }
}
