package dev.verbatim.api;

import java.time.LocalDate;

/** The validated filters, order and page position shared by every list endpoint. */
public record ListRequest(LocalDate from, LocalDate to, String language, String issuer, Sort sort, int limit,
        Cursor cursor) {

    /** The same request without paging: what an archive or a total counts. */
    public ListRequest unpaged() {
        return new ListRequest(from, to, language, issuer, sort, limit, null);
    }
}
