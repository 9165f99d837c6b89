package dev.verbatim.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Rate limits of the API ({@code verbatim.rate-limit.*}): requests a minute, with short bursts up to the same number. */
@ConfigMapping(prefix = "verbatim.rate-limit")
public interface RateLimitConfig {

    /** Whether requests to /api are limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a minute from one client address that sends no key. */
    @WithDefault("600")
    long anonymousPerMinute();

    /** Requests a minute with one API key, whatever the address. */
    @WithDefault("6000")
    long keyPerMinute();

    /** Requests a minute from one address with a key that is unknown, revoked or not a Bearer key; each is also a 401. */
    @WithDefault("10")
    long failedAuthenticationsPerMinute();

    /**
     * On PostgreSQL, how often each instance reports to the shared buckets what it let through
     * without a key, and learns what the others did: together they may let a client through this
     * much more than its limit.
     */
    @WithDefault("1s")
    Duration sharedSyncInterval();
}
