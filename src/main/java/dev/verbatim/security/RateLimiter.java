package dev.verbatim.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.verbatim.api.EarlyProblems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Token buckets (Bucket4j) per API key, or per client address for requests without one, in front
 * of everything under /api, cached reads included. Every answer announces the limit with
 * RateLimit headers; a request over it gets 429 problem+json with Retry-After. Keys are told apart
 * by the digest of what was presented, so no secret is kept in memory; a wrong key only gets its
 * own bucket, and its 401.
 */
@ApplicationScoped
public class RateLimiter {

    /** After CORS, so that a 429 can be read by a browser; before the cache of rendered reads. */
    private static final int PRIORITY = 10;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimitConfig config;
    private final EarlyProblems problems;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    RateLimiter(RateLimitConfig config, EarlyProblems problems) {
        this.config = config;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limit, PRIORITY);
        }
    }

    private void limit(RoutingContext context) {
        if (!context.request().path().startsWith("/api/")) {
            context.next();
            return;
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        boolean keyed = authorization != null;
        long limit = keyed ? config.keyPerMinute() : config.anonymousPerMinute();
        String client = keyed
                ? "key " + HexFormat.of().formatHex(ApiKeys.digest(authorization))
                : "address " + context.request().remoteAddress().host();
        Bucket bucket = buckets.get(client, any -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, WINDOW).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long remaining = probe.getRemainingTokens();
        var response = context.response()
                .putHeader("RateLimit-Policy", limit + ";w=" + WINDOW.toSeconds())
                .putHeader("RateLimit-Limit", Long.toString(limit))
                .putHeader("RateLimit-Remaining", Long.toString(remaining))
                .putHeader("RateLimit-Reset", Long.toString(ceilDiv((limit - remaining) * WINDOW.toSeconds(), limit)));
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retry = Math.max(1, ceilDiv(probe.getNanosToWaitForRefill(), 1_000_000_000L));
        String who = keyed ? "with this API key" : "from this address without an API key";
        problems.end(response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retry)), 429, "too-many-requests",
                "Too many requests", "More than " + limit + " requests a minute " + who + "; try again in " + retry + " s.",
                context.request().path());
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
