package dev.verbatim.domain;

/**
 * What reads answer may have changed: statements were stored or withdrawn and the search index has
 * taken them in, then again once it shows them. Fired by the index; whoever keeps what it read
 * (rendered responses, the time of the last change, the issuers) starts afresh.
 */
public record DataChanged() {
}
