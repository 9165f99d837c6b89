package dev.verbatim.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the index reads the statements it is derived from, to bring itself level with them:
 * implemented by the statement side. Each call reads in a transaction of its own.
 */
public interface IndexSource {

    /**
     * Statements not withdrawn whose id comes after this one (from the first, for null), at most
     * this many, in the order of their ids, with when each was last stored.
     */
    Map<String, Instant> liveStoredAfter(String after, int limit);

    /** These statements, whole, those that are stored and not withdrawn. */
    List<IndexedStatement> live(Collection<String> ids);

    /** Of these ids, those of statements stored and not withdrawn. */
    Set<String> liveAmong(Collection<String> ids);
}
