package dev.verbatim.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** HTTP settings ({@code verbatim.http.*}): request size and time limits, and caching. */
@ConfigMapping(prefix = "verbatim.http")
public interface HttpConfig {

    /** How long clients and shared caches may reuse a read before revalidating it with its ETag. */
    @WithDefault("60s")
    Duration maxAge();

    /** The longest URL (path and query) answered; longer ones get a 414 problem. */
    @WithDefault("16384")
    int maxUriLength();

    /** The most bytes of request headers, names and values, answered; more get a 431 problem. */
    @WithDefault("16384")
    int maxHeaderSize();

    /** Writes that one client address may have under way at once. */
    @WithDefault("8")
    int uploadsPerClient();

    /**
     * Reads rendered at once (those the cache of rendered reads does not answer, searches apart:
     * they have turns of their own, verbatim.search.concurrency); the others wait their turn, first
     * come first served. Unset: twice the processors. See {@link ReadTurns}.
     */
    OptionalInt concurrency();

    /**
     * How long a read waits for its turn before it is answered 503 with Retry-After instead: the
     * server is then answering all it can, and the client is better told so than kept waiting.
     */
    @WithDefault("10s")
    Duration turnWait();

    /** The server's own cache of rendered reads. */
    ResponseCacheConfig cache();

    /** The server's cache of rendered reads; every write on this instance empties it at once. */
    interface ResponseCacheConfig {

        /** Memory the cached bodies may take, in MiB. */
        @WithDefault("64")
        int sizeMb();

        /**
         * How long a rendered read is fresh. Writes made through another instance sharing the
         * database are seen here once it has passed, by the next read but one at the latest (the
         * first read after it renders the response again while the others still get the old one).
         */
        @WithDefault("5s")
        Duration ttl();
    }
}
