package dev.verbatim.domain;

import java.util.List;

/** Well-formed content that cannot be made into what was asked (a statement, a key); says what is missing or wrong. */
public final class InvalidContent extends DomainException {
    public InvalidContent(String detail, List<Violation> violations) {
        super(detail, violations);
    }

    public InvalidContent(String field, String message) {
        super(field + ": " + message, List.of(new Violation(field, message)));
    }
}
