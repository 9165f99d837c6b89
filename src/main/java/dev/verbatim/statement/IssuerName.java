package dev.verbatim.statement;

/** An issuer as a page names it and dates its statements: no count, so nothing but the issuer table is read. */
public record IssuerName(String id, String name, String timeZone) {
}
