package org.convener.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.convener.platform.audit.AuditRecord;

/**
 * An audit entry's values as a reader takes them in: one line per field, "field: old → new" for a
 * change, with field names in words, constants by their names and times in the local format.
 */
public final class AuditChanges {

    private static final Pattern CONSTANT = Pattern.compile("[A-Z]{4,}(_[A-Z]+)*");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, String> WORDS = Map.of("user", "ordinary user", "admin", "administrator");

    // the platform sits below the shared page helpers, so it keeps the site's formats itself
    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AuditChanges() {}

    /** "29 Nov 2026, 19:06", London time. */
    public static String when(Instant at) {
        return WHEN.format(at.atZone(LONDON));
    }

    /** The fields that differ between before and after (all that are set, for a creation or deletion). */
    public static List<String> lines(AuditRecord record) {
        Map<String, Object> before = record.before() == null ? Map.of() : record.before();
        Map<String, Object> after = record.after() == null ? Map.of() : record.after();
        var keys = new LinkedHashSet<String>(before.keySet());
        keys.addAll(after.keySet());
        var lines = new ArrayList<String>();
        for (String key : keys) {
            Object was = before.get(key);
            Object is = after.get(key);
            if (record.before() != null && record.after() != null && Objects.equals(was, is)) {
                continue;
            }
            String field = field(key);
            if (record.before() == null) {
                // a creation's empty fields say nothing
                if (is != null) {
                    lines.add(field + ": " + value(key, is));
                }
            } else if (record.after() == null) {
                lines.add(field + ": " + value(key, was) + " (removed)");
            } else {
                lines.add(field + ": " + value(key, was) + " → " + value(key, is));
            }
        }
        return lines;
    }

    /** {@code joinedOn} or {@code joined_on} as "joined on". */
    static String field(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    static String value(String key, Object value) {
        if (value == null) {
            return "none";
        }
        String text = value.toString();
        if (text.isBlank()) {
            return "blank";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (key.toLowerCase(Locale.ROOT).contains("role") && WORDS.containsKey(text.toLowerCase(Locale.ROOT))) {
            return WORDS.get(text.toLowerCase(Locale.ROOT));
        }
        if (CONSTANT.matcher(text).matches()) {
            String words = text.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        try {
            if (INSTANT.matcher(text).matches()) {
                return when(Instant.parse(text));
            }
            if (DATE.matcher(text).matches()) {
                return DAY.format(LocalDate.parse(text));
            }
        } catch (DateTimeParseException e) {
            return text;
        }
        return text;
    }
}
