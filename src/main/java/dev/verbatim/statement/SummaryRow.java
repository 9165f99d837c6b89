package dev.verbatim.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The columns a list shows of a statement, read without its text: a list of summaries touches
 * neither the body nor the pairs, which are most of a statement's bytes.
 */
record SummaryRow(String id, String slug, String title, String language, String issuerId, Instant publishedAt, String timeZone,
        LocalDate publishedDate, int qaCount, String speakerName, String speakerRole) {

    /** The query's select clause, over a statement aliased {@code s}. */
    static final String SELECT = "select new dev.verbatim.statement.SummaryRow(s.id, s.slug, s.title, s.language, s.issuer.id, "
            + "s.publishedAt, s.timeZone, s.publishedDate, s.qaCount, s.speakerName, s.speakerRole) from Statement s where ";

    /** When it was published, with the offset of its time zone then. */
    OffsetDateTime publishedAtLocally() {
        return publishedAt.atZone(ZoneId.of(timeZone)).toOffsetDateTime();
    }
}
