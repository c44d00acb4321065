package org.convener.organising;

import org.convener.platform.Links;

/** The checks every form of the module makes on what was typed. */
final class Fields {

    private Fields() {}

    /** Trimmed text that must be given, within a length. */
    static String required(String value, int max, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new IllegalArgumentException(
                    "give " + what + " in up to " + String.format("%,d", max) + " characters");
        }
        return v;
    }

    /** Trimmed text, or {@code null} when blank; refused past a length. */
    static String optional(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException("keep " + what + " to " + String.format("%,d", max) + " characters");
        }
        return v;
    }

    /**
     * A link people may follow, checked by the platform's one rule ({@link Links}): a web address,
     * or with {@code pathsToo} also an address in Convener such as {@code /library/12}.
     */
    static String link(String value, String what, boolean pathsToo) {
        String v = optional(value, Links.MAX_LENGTH, what);
        if (v == null) {
            return null;
        }
        var safe = Links.safe(v).filter(l -> pathsToo || !l.startsWith("/"));
        if (safe.isEmpty()) {
            throw new IllegalArgumentException("give " + what + " as a web address starting https://"
                    + (pathsToo ? ", or an address in Convener such as /library/12" : ""));
        }
        return safe.get();
    }
}
