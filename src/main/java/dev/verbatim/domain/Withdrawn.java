package dev.verbatim.domain;

/** What was asked for existed and has been withdrawn. */
public final class Withdrawn extends DomainException {
    public Withdrawn(String detail) {
        super(detail, null);
    }
}
