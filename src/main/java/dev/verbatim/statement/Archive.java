package dev.verbatim.statement;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Statement counts by year, month and day of the issuers' local calendars. */
@Schema(name = "Archive", requiredProperties = { "total", "years" })
public record Archive(@Schema(description = "Statements matching the filters") long total, List<Year> years) {

    /** One year and its months. */
    @Schema(name = "ArchiveYear", requiredProperties = { "year", "count", "months" })
    public record Year(@Schema(example = "2022") int year, long count, List<Month> months) {
    }

    /** One month and its days. */
    @Schema(name = "ArchiveMonth", requiredProperties = { "month", "count", "days" })
    public record Month(@Schema(example = "7", minimum = "1", maximum = "12") int month, long count, List<Day> days) {
    }

    /** One day with at least one statement. */
    @Schema(name = "ArchiveDay", requiredProperties = { "date", "count" })
    public record Day(@Schema(example = "2022-07-18") LocalDate date, long count) {
    }
}
