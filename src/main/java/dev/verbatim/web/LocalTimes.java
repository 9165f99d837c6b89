package dev.verbatim.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as a reader of the page wants them: in the issuer's local calendar and clock,
 * with the zone's abbreviation (CEST, CST, EDT), or the offset where the zone is not known.
 */
final class LocalTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private LocalTimes() {
    }

    /** "18 July 2022, 23:14 CEST": the zone's abbreviation when {@code zone} had this offset then, else "UTC+02:00". */
    static String dateTime(OffsetDateTime at, ZoneId zone) {
        return DAY.format(at) + ", " + TIME.format(at) + " " + zoneName(at, zone);
    }

    /** "18 July 2022". */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "Monday 18 July 2022". */
    static String weekday(LocalDate day) {
        return WEEKDAY.format(day);
    }

    /** The zone's abbreviation at that moment, or the offset when the zone is unknown or had another offset then. */
    static String zoneName(OffsetDateTime at, ZoneId zone) {
        if (zone != null && zone.getRules().getOffset(at.toInstant()).equals(at.getOffset())) {
            return ZONE.format(at.atZoneSameInstant(zone));
        }
        return at.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + at.getOffset().getId();
    }

    /** The path of a day's page: /2022/07/18. */
    static String dayPath(LocalDate day) {
        return String.format("/%04d/%02d/%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** The path of a month's page: /2022/07. */
    static String monthPath(int year, int month) {
        return String.format("/%04d/%02d", year, month);
    }

    /** "July 2022". */
    static String month(int year, int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year;
    }
}
