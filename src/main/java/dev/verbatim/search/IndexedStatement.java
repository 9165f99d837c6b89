package dev.verbatim.search;

import dev.verbatim.statement.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the index keeps of a statement, taken inside the transaction that stored it (where the
 * statement is whole) and indexed after it commits, on an indexing thread.
 */
record IndexedStatement(String id, String language, String issuer, String title, String text, List<Pair> pairs,
        Instant publishedAt, LocalDate publishedDate, Instant updatedAt) {

    record Pair(int n, String question, String answer) {
    }

    static IndexedStatement of(Statement statement) {
        List<Pair> pairs = statement.qa().stream().map(pair -> new Pair(pair.n, pair.question, pair.answer)).toList();
        return new IndexedStatement(statement.id, statement.language, statement.issuer.id, statement.title, statement.text, pairs,
                statement.publishedAt(), statement.publishedDate(), statement.updatedAt);
    }
}
