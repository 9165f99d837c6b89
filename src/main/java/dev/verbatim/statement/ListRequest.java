package dev.verbatim.statement;

import java.time.LocalDate;

/**
 * The validated filters, search, order and page position shared by every list endpoint. {@code q}
 * is null when nothing is searched; {@code facets} asks for counts by year, language and issuer.
 */
public record ListRequest(LocalDate from, LocalDate to, String language, String issuer, String q, SortOrder sort, int limit,
        Cursor cursor, boolean facets) {

    /** The same request without paging: what an archive or a total counts. */
    public ListRequest unpaged() {
        return new ListRequest(from, to, language, issuer, q, sort, limit, null, facets);
    }

    /** The same request, from this position on. */
    public ListRequest at(Cursor position) {
        return new ListRequest(from, to, language, issuer, q, sort, limit, position, facets);
    }

    /** Whether the full-text index, rather than the database, answers this request. */
    public boolean needsIndex() {
        return q != null || facets || sort == SortOrder.RELEVANCE;
    }
}
