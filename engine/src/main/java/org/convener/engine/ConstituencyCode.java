package org.convener.engine;

import java.util.regex.Pattern;

/**
 * The ONS code of a Westminster constituency on the 2024 boundaries: E14, S14, W07 or N05
 * followed by six digits.
 */
public record ConstituencyCode(String value) implements Comparable<ConstituencyCode> {

    private static final Pattern FORMAT = Pattern.compile("(E14|S14|W07|N05)\\d{6}");

    public ConstituencyCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "\"" + value + "\" is not an ONS constituency code (E14, S14, W07 or N05 and six digits)");
        }
    }

    public static ConstituencyCode of(String value) {
        return new ConstituencyCode(value == null ? null : value.trim());
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.trim()).matches();
    }

    public Nation nation() {
        return Nation.ofOnsPrefix(value.charAt(0));
    }

    @Override
    public int compareTo(ConstituencyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
