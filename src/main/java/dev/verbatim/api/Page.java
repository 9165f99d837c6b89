package dev.verbatim.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: its items, the cursor of the next page (null on the last), the total and,
 * when asked for with {@code facets=true}, the counts by year, language and issuer.
 */
public record Page<T>(
        List<T> items,
        @Schema(description = "Cursor of the next page; null on the last page", nullable = true) String next,
        @Schema(description = "How many items match, over all pages") long total,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Present with facets=true") Facets facets) {

    public Page(List<T> items, String next, long total) {
        this(items, next, total, null);
    }
}
