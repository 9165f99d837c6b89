package dev.verbatim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Last-Modified and If-Modified-Since: whole seconds, never a second that is not over. */
class HttpDatesTest {

    @Test
    void datesAreImfFixdatesInGmt() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(Instant.parse("1994-11-06T08:49:37.250Z")));
        assertEquals(Instant.parse("1994-11-06T08:49:37Z"), HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertNull(HttpDates.parse("yesterday"), "a date that cannot be read is ignored");
        assertNull(HttpDates.parse(null));
    }

    @Test
    void aChangeInTheCurrentSecondGivesNoLastModified() {
        Instant change = Instant.parse("2024-01-01T10:00:00.400Z");
        assertNull(HttpDates.lastModified(change, Instant.parse("2024-01-01T10:00:00.900Z")));
        assertEquals(Instant.parse("2024-01-01T10:00:00Z"), HttpDates.lastModified(change, Instant.parse("2024-01-01T10:00:01.000Z")));
        assertNull(HttpDates.lastModified(null, Instant.now()));
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() {
        Instant modified = Instant.parse("2024-01-01T10:00:00Z");
        String same = "Mon, 01 Jan 2024 10:00:00 GMT";
        assertTrue(HttpCaching.notModified(null, "W/\"a\"", same, modified));
        assertFalse(HttpCaching.notModified(null, "W/\"a\"", "Mon, 01 Jan 2024 09:59:59 GMT", modified));
        assertFalse(HttpCaching.notModified("W/\"b\"", "W/\"a\"", same, modified), "a tag that does not match decides");
        assertTrue(HttpCaching.notModified("W/\"a\"", "W/\"a\"", "Mon, 01 Jan 1990 00:00:00 GMT", modified));
        assertFalse(HttpCaching.notModified(null, "W/\"a\"", same, null), "nothing is not modified without a date");
    }
}
