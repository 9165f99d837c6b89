package dev.verbatim.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.verbatim.api.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch import did, line by line: each line is stored, found unchanged, or fails alone. */
@Schema(name = "BatchReport", requiredProperties = { "created", "updated", "unchanged", "parsed", "failed", "items" })
public record BatchReport(
        @Schema(description = "Lines stored as new statements") int created,
        @Schema(description = "Lines that updated the statement of the same source address") int updated,
        @Schema(description = "Lines identical to what was imported before") int unchanged,
        @Schema(description = "Lines parsed in a dry run, not stored") int parsed,
        @Schema(description = "Lines refused; each says why") int failed,
        List<Line> items) {

    /** The outcome of one line. */
    @Schema(name = "BatchLine", requiredProperties = { "line", "result", "status" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(
            @Schema(description = "Line number, from 1") long line,
            @Schema(enumeration = { "created", "updated", "unchanged", "parsed", "failed" }) String result,
            @Schema(description = "The status this line alone would have had", example = "201") int status,
            @Schema(nullable = true) String id,
            @Schema(nullable = true) Problem problem) {
    }
}
