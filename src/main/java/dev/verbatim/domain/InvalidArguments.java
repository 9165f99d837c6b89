package dev.verbatim.domain;

import java.util.List;

/** The arguments of a query (a filter, a cursor, a search) cannot be answered; each is named. */
public final class InvalidArguments extends DomainException {
    public InvalidArguments(List<Violation> violations) {
        super(summary(violations), violations);
    }

    public InvalidArguments(String field, String message) {
        this(List.of(new Violation(field, message)));
    }
}
