package dev.verbatim.search;

import java.util.List;

/** How many of the documents matching a search carry each year (newest first), language and issuer (most first). */
public record MatchCounts(List<Count> year, List<Count> language, List<Count> issuer) {

    /** One value and how many matching documents carry it. */
    public record Count(String value, long count) {
    }
}
