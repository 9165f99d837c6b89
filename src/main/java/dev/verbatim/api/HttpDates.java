package dev.verbatim.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** HTTP dates (RFC 9110 section 5.6.7), whole seconds in GMT, and the Last-Modified rule built on them. */
final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    static String format(Instant at) {
        return IMF_FIXDATE.format(at);
    }

    /** The date a client sent, or null when it sent none or one that cannot be read (then it is ignored). */
    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The Last-Modified of what is read now, when the data last changed at {@code lastChange}: that
     * second, but only once it is over. A date has whole seconds; were a response dated with the
     * current one, a change later in that second would not make the date move, and a client asking
     * If-Modified-Since would never see it. Null when unknown or too recent.
     */
    static Instant lastModified(Instant lastChange, Instant now) {
        if (lastChange == null) {
            return null;
        }
        Instant second = lastChange.truncatedTo(ChronoUnit.SECONDS);
        return second.isBefore(now.truncatedTo(ChronoUnit.SECONDS)) ? second : null;
    }
}
