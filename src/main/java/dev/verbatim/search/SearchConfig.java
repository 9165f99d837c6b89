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
     * How often the index is compared with the database and brought level with it: what another
     * server instance or a command-line import wrote is searchable after at most this long.
     */
    @WithDefault("10m")
    Duration reconcileInterval();

    /** Whether the index is brought level with the database at start (command-line tasks skip it). */
    @WithDefault("true")
    boolean reconcileAtStart();

    /**
     * How many searches run at once; the others wait their turn, first come first served. Unset:
     * twice the processors. See {@link LuceneSearch#inTurn}.
     */
    OptionalInt concurrency();

    /** Statements read from the database and indexed together during a rebuild. */
    @WithDefault("200")
    int rebuildBatchSize();
}
