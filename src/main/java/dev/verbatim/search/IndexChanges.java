package dev.verbatim.search;

import java.util.List;

/**
 * Statements stored (created or updated, whole) and withdrawn by one write, which took positions
 * {@code first} to {@code last} of the change feed. Fired by the writing side inside its
 * transaction; the index takes them in once it has committed, and need not read those positions of
 * the feed again.
 */
public record IndexChanges(List<IndexedStatement> stored, List<String> withdrawn, long first, long last) {
}
