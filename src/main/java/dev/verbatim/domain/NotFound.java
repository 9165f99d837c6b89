package dev.verbatim.domain;

/** Nothing is known by the id, slug or name asked for. */
public final class NotFound extends DomainException {
    public NotFound(String detail) {
        super(detail, null);
    }
}
