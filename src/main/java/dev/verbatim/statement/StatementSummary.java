package dev.verbatim.statement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statement as lists show it: enough to choose one, without its pairs. */
@Schema(name = "StatementSummary")
public record StatementSummary(
        String id,
        String slug,
        String title,
        String language,
        IssuerRef issuer,
        OffsetDateTime publishedAt,
        LocalDate publishedDate,
        @Schema(description = "How many Q&A pairs it holds") int qaCount) {
}
