package dev.verbatim.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that always answers from the search index, whatever its parameters: it waits in the
 * searches' turns, not the reads' ({@link ReadTurns}). Reads that search only when asked (a
 * {@code q}, facets) are told by their parameters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Searching {
}
