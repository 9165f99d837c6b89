package dev.verbatim.search;

import java.util.List;

/**
 * A page of hits in the order asked; where the next page starts (null after the last); how many
 * hits there are in all; and, when asked, the counts of all of them by year, language and issuer.
 */
public record SearchPage(List<Hit> hits, Position next, long total, MatchCounts facets) {
}
