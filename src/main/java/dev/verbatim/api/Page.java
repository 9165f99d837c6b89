package dev.verbatim.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items, the cursor of the next page (null on the last) and the total. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Cursor of the next page; null on the last page", nullable = true) String next,
        @Schema(description = "How many items match, over all pages") long total) {
}
