package dev.verbatim.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the index keeps of a statement: taken by the statement side inside the transaction that
 * stored it (where the statement is whole), indexed after it commits, on an indexing thread.
 * {@code updatedAt} is when it was last stored, by which reconciliation tells an older document.
 */
public record IndexedStatement(String id, String language, String issuer, String title, String text, List<Pair> pairs,
        Instant publishedAt, LocalDate publishedDate, Instant updatedAt) {

    /** A Q&amp;A pair, numbered from 1. */
    public record Pair(int n, String question, String answer) {
    }
}
