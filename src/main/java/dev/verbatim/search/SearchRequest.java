package dev.verbatim.search;

import java.time.LocalDate;

/**
 * What a search asks of the index: the words of {@code q} (null for none), the date, language and
 * issuer filters, the order, and a page of {@code limit} hits from after {@code after} (null for the
 * first). {@code facets} asks for counts by year, language and issuer.
 */
public record SearchRequest(LocalDate from, LocalDate to, String language, String issuer, String q, Order order, int limit,
        Position after, boolean facets) {

    /** The orders of a page: by publication, newest or oldest first, or by how well a hit matches. */
    public enum Order {
        NEWEST, OLDEST, RELEVANCE
    }
}
