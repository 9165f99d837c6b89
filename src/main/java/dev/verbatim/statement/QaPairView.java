package dev.verbatim.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One Q&A pair inside a statement. */
@Schema(name = "QaPair", requiredProperties = { "n", "question", "answer" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QaPairView(
        @Schema(description = "Position from 1 in document order", example = "1") int n,
        @Schema(description = "The question; paragraphs separated by a blank line") String question,
        @Schema(description = "The answer; paragraphs separated by a blank line") String answer,
        @Schema(description = "The reporter or outlet the page names before the question", nullable = true) String askedBy,
        @Schema(description = "The speaker the page names before the answer", nullable = true) String answeredBy) {
}
