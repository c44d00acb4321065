package org.convener.organising;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

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

    /** A web address people may follow: https or http with a host, nothing else. */
    static String link(String value, String what) {
        String v = optional(value, 500, what);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()
                    && uri.getRawUserInfo() == null
                    && v.chars().noneMatch(c -> c <= ' ' || c == '\\')) {
                return v;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException("give " + what + " as a web address starting https://");
    }
}
