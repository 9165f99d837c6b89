package dev.verbatim.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** A publication date read from a page: the day, and the time and offset when the page gives them. */
record FoundDate(LocalDate date, LocalTime time, ZoneOffset offset, int start, int end) {

    boolean hasTime() {
        return time != null;
    }
}
