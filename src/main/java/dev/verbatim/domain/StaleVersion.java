package dev.verbatim.domain;

/** A change was made to a version of a statement that is no longer the current one. */
public final class StaleVersion extends DomainException {
    public StaleVersion(String detail) {
        super(detail, null);
    }
}
