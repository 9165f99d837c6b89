package dev.verbatim.domain;

/** One invalid field or argument, by the name the caller used, and what is wrong with it. */
public record Violation(String field, String message) {
}
