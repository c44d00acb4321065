package org.convener.people;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone Convener keeps a record of. Once erased, the record keeps its id and kind and nothing
 * personal.
 *
 * @param constituencyCode the seat an MP holds or where the person lives, if known
 * @param parliamentMemberId the UK Parliament (MNIS) id of an MP
 */
public record Person(
        long id,
        String fullName,
        PersonKind kind,
        String constituencyCode,
        Integer parliamentMemberId,
        String email,
        String phone,
        String postalAddress,
        String notes,
        Set<String> tags,
        Instant createdAt,
        Instant updatedAt,
        Instant erasedAt) {

    public Person {
        tags = Set.copyOf(tags);
    }

    public boolean erased() {
        return erasedAt != null;
    }

    /** The name to show: the person's, or a placeholder once erased. */
    public String displayName() {
        return erased() ? "Erased person #" + id : fullName;
    }

    /** What the audit log and a subject access export record of it. */
    Map<String, Object> audited() {
        var values = new LinkedHashMap<String, Object>();
        values.put("name", fullName);
        values.put("kind", kind.name());
        values.put("constituency", constituencyCode);
        values.put("email", email);
        values.put("phone", phone);
        values.put("postalAddress", postalAddress);
        values.put("notes", notes);
        values.put("tags", new TreeSet<>(tags));
        return values;
    }
}
