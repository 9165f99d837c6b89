package dev.verbatim.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One Q&A pair on its own, with what a citation of it needs: its statement and a stable link. */
@Schema(name = "QaCitation", requiredProperties = { "statement", "n", "question", "answer", "link" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QaCitation(
        StatementRef statement,
        int n,
        String question,
        String answer,
        @Schema(nullable = true) String askedBy,
        @Schema(nullable = true) String answeredBy,
        @Schema(description = "Path of this pair", example = "/api/v1/statements/k7d2m9x4q1v8w3zc/qa/1") String link,
        @Schema(description = "In search results only: short snippets of the question and answer where the search "
                + "matched, HTML-escaped, each match in <mark></mark>") List<String> highlights) {

    /** The statement a pair belongs to, as a citation names it. */
    @Schema(name = "StatementRef", requiredProperties = { "id", "slug", "title", "language", "issuer", "publishedAt", "publishedDate" })
    public record StatementRef(String id, String slug, String title, String language, IssuerRef issuer,
            OffsetDateTime publishedAt, LocalDate publishedDate) {
    }
}
