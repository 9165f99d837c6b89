package dev.verbatim.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of the search index, and the progress of the last or current catch-up or rebuild. */
@Schema(name = "SearchIndexStatus", requiredProperties = { "state", "documents", "total", "done", "removed" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexStatus(
        @Schema(description = "idle, or what is running", enumeration = { "idle", "catching-up", "rebuilding" }) String state,
        @Schema(description = "Statements and Q&A pairs the index holds, each a document") long documents,
        @Schema(description = "Of the current or last run: statements to index") long total,
        @Schema(description = "Of the current or last run: statements indexed so far") long done,
        @Schema(description = "Of the current or last run: statements no longer stored, removed") long removed,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true, description = "Why the last run failed, if it did") String error) {

    static IndexStatus idle() {
        return new IndexStatus("idle", 0, 0, 0, 0, null, null, null);
    }

    IndexStatus withDocuments(long count) {
        return new IndexStatus(state, count, total, done, removed, startedAt, finishedAt, error);
    }
}
