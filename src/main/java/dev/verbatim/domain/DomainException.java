package dev.verbatim.domain;

import java.util.List;

/**
 * Something a request asked for that the domain refuses, said in the domain's words: what was not
 * found, what is invalid, what conflicts. It carries no HTTP status; the web layer maps each kind to
 * one, in one place.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Withdrawn, InvalidArguments, InvalidContent, Conflict, StaleVersion, Busy {

    private final List<Violation> violations;

    protected DomainException(String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.violations = violations == null || violations.isEmpty() ? List.of() : List.copyOf(violations);
    }

    /** Each offending field or argument with what is wrong with it; empty when the failure is not about one. */
    public List<Violation> violations() {
        return violations;
    }

    static String summary(List<Violation> violations) {
        return String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList());
    }
}
