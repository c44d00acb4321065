package org.convener.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates read on every page: British conventions, shares as percentages. */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMMM yyyy, HH:mm", Locale.UK);
    /** Where the caucus works: dates and times are shown as in London. */
    public static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    private Format() {}

    /** 12,345 */
    public static String count(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    /** A fraction as a percentage: 0.3464 → "34.6%". */
    public static String percent(double fraction) {
        return String.format(Locale.UK, "%.1f%%", fraction * 100);
    }

    /** A change in share, in percentage points with its sign: 0.1239 → "+12.4". */
    public static String points(double fraction) {
        double value = fraction * 100;
        if (Math.abs(value) < 0.05) {
            return "0.0";
        }
        return String.format(Locale.UK, "%+.1f", value);
    }

    public static String points(java.util.Optional<Double> fraction) {
        return fraction.map(Format::points).orElse("–");
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "Tue 3 February 2026, 14:00", London time. */
    public static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LONDON));
    }
}
