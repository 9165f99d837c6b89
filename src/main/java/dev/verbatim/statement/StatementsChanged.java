package dev.verbatim.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired once by {@link StatementStore} inside each transaction that creates, updates or withdraws
 * statements, so that what is derived from them can follow: the change feed and the search index
 * within it; the caches follow the index (its {@code DataChanged}). Created and updated statements are whole, with
 * their pairs.
 */
public record StatementsChanged(List<Statement> created, List<Statement> updated, List<Statement> withdrawn) {

    public static StatementsChanged created(List<Statement> statements) {
        return new StatementsChanged(statements, List.of(), List.of());
    }

    public static StatementsChanged updated(List<Statement> statements) {
        return new StatementsChanged(List.of(), statements, List.of());
    }

    public static StatementsChanged withdrawn(Statement statement) {
        return new StatementsChanged(List.of(), List.of(), List.of(statement));
    }

    /** The statements as they now are: created or updated. */
    public List<Statement> stored() {
        List<Statement> stored = new ArrayList<>(created);
        stored.addAll(updated);
        return stored;
    }
}
