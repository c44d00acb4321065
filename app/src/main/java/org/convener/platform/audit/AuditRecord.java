package org.convener.platform.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One change as the audit log shows it.
 *
 * @param subject the person the change is about, as {@code person:ID}, if any
 * @param before the values before, or {@code null} for a creation
 * @param after the values after, or {@code null} for a deletion
 * @param erased the values were about a person since erased, and can no longer be read
 */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String subject,
        Map<String, Object> before,
        Map<String, Object> after,
        boolean erased) {}
