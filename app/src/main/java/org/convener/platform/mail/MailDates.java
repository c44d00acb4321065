package org.convener.platform.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in messages as people in the caucus read them: London time, British order. */
public final class MailDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMMM yyyy, HH:mm", Locale.UK);

    private MailDates() {}

    public static String day(Instant instant) {
        return DAY.format(instant.atZone(LONDON));
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(LONDON));
    }
}
