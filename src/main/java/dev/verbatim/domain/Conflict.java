package dev.verbatim.domain;

/** The change asked for conflicts with what is stored. */
public final class Conflict extends DomainException {
    public Conflict(String detail) {
        super(detail, null);
    }
}
