package dev.verbatim.search;

import java.util.List;

/**
 * The change feed as the index follows it: implemented by the side that keeps the feed. Each call
 * reads in a transaction of its own.
 */
public interface ChangeSource {

    /** The position of the newest committed change; 0 before the first. */
    long head();

    /** Up to {@code limit} changes after this position, in order of position. */
    List<Change> after(long position, int limit);

    /** One change of the feed: its position and the statement it changed. */
    record Change(long position, String statementId) {
    }
}
