package dev.verbatim.statement;

import java.util.List;

/**
 * Fired inside the transaction that stores or withdraws statements, so that what is derived from
 * them (the search index) can follow once it commits. {@code stored} are whole, with their pairs.
 */
public record StatementsChanged(List<Statement> stored, List<String> withdrawn) {

    public static StatementsChanged stored(List<Statement> statements) {
        return new StatementsChanged(statements, List.of());
    }
}
