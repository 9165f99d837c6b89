package dev.verbatim.search;

import java.util.List;

/**
 * Statements stored (created or updated, whole) and withdrawn by one write. Fired by the writing
 * side inside its transaction; the index takes them in once it has committed.
 */
public record IndexChanges(List<IndexedStatement> stored, List<String> withdrawn) {
}
