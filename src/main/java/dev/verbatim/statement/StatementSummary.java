package dev.verbatim.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statement as lists show it: enough to choose one, without its pairs. */
@Schema(name = "StatementSummary", requiredProperties = { "id", "slug", "title", "language", "issuer", "speaker", "publishedAt",
        "publishedDate", "qaCount" })
public record StatementSummary(
        String id,
        String slug,
        String title,
        String language,
        IssuerRef issuer,
        @Schema(description = "The speaker the title names, when it names one", nullable = true) StatementView.Speaker speaker,
        OffsetDateTime publishedAt,
        LocalDate publishedDate,
        @Schema(description = "How many Q&A pairs it holds") int qaCount,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "With q only: short snippets of the text where it matched, HTML-escaped, each match "
                + "in <mark></mark>", example = "[\"...condamne les <mark>cyberattaques</mark> ...\"]")
        List<String> highlights) {
}
