package org.convener.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.platform.audit.AuditRecord;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

    private static AuditRecord change(Map<String, Object> before, Map<String, Object> after) {
        return new AuditRecord(
                1,
                Instant.parse("2026-11-29T19:06:00Z"),
                "test",
                "updated",
                "membership",
                "7",
                null,
                before,
                after,
                false);
    }

    @Test
    void aChangeShowsOnlyTheFieldsThatDifferAsOldToNewInWords() {
        var before = new LinkedHashMap<String, Object>();
        before.put("role", "MEMBER");
        before.put("joinedOn", "2025-03-01");
        before.put("enabled", true);
        var after = new LinkedHashMap<String, Object>(before);
        after.put("role", "ORGANISER");
        after.put("enabled", false);
        assertThat(AuditChanges.lines(change(before, after)))
                .containsExactly("role: Member → Organiser", "enabled: yes → no");
    }

    @Test
    void aCreationListsEveryValueWithTimesInTheLocalFormatNeverIso() {
        var after = new LinkedHashMap<String, Object>();
        after.put("ended_at", "2026-11-29T19:06:00Z");
        after.put("started_on", "2026-07-04");
        after.put("note", null);
        assertThat(AuditChanges.lines(change(null, after)))
                .as("an empty field of a creation is left out")
                .containsExactly("ended at: 29 Nov 2026, 19:06", "started on: 4 July 2026");
    }

    @Test
    void aDeletionSaysWhatWasRemoved() {
        assertThat(AuditChanges.lines(change(Map.of("email", "ada@example.net"), null)))
                .containsExactly("email: ada@example.net (removed)");
    }
}
