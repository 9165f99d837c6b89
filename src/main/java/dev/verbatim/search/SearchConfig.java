package dev.verbatim.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** verbatim.search.*: how the search index is kept and answered. */
@ConfigMapping(prefix = "verbatim.search")
public interface SearchConfig {

    /** How often changes already searchable are also made durable on disk. */
    @WithDefault("5s")
    Duration commitInterval();

    /**
     * How often the change feed is read for what other instances and commands wrote: they are
     * searchable here, and leave the cache of rendered reads, this long after they commit (and the
     * time it takes to index them). What this instance writes is searchable at once.
     */
    @WithDefault("200ms")
    Duration followInterval();

    /**
     * How long a position missing from the change feed, while later ones are there, is waited for
     * (a change numbered before them and committed after) before the index's commits say it was
     * followed past. What comes after it is taken in meanwhile.
     */
    @WithDefault("10s")
    Duration gapGrace();

    /**
     * How often the index is compared with the database and brought level with it: a safety net,
     * which should find nothing, since the index follows the change feed. On PostgreSQL, instances
     * take turns.
     */
    @WithDefault("10m")
    Duration reconcileInterval();

    /**
     * Whether the index is brought level with the database at start and every
     * {@link #reconcileInterval()}. Command-line tasks do neither: they bring the index level with
     * what they write, and catching up on the rest is the server's job.
     */
    @WithDefault("true")
    boolean reconcile();

    /**
     * How many searches run at once; the others wait their turn, first come first served. Unset:
     * twice the processors. See {@link LuceneSearch#inTurn}.
     */
    OptionalInt concurrency();

    /** How long a search waits for its turn before it is answered 503 with Retry-After instead. */
    @WithDefault("10s")
    Duration turnWait();

    /**
     * Statements read from the database and compared with the search index at a time when the
     * index is brought level with it: what a comparison holds in memory, whatever the number of
     * statements.
     */
    @WithDefault("1000")
    int reconcilePageSize();

    /** Statements read from the database and indexed together during a rebuild. */
    @WithDefault("200")
    int rebuildBatchSize();
}
