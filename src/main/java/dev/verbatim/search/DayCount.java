package dev.verbatim.search;

import java.time.LocalDate;

/** A local publication day and how many matching statements were published on it. */
public record DayCount(LocalDate day, long count) {
}
