package dev.verbatim.search;

import java.time.Instant;

/**
 * A place in an order of hits: the publication instant (in an order by date) or the score (by
 * relevance) of a hit, and its key, unique over the index (a statement's id, or id/n for a pair).
 */
public record Position(Instant at, float score, String key) {
}
