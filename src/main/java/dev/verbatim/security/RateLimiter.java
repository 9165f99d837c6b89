package dev.verbatim.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.verbatim.api.DatabaseUnavailable;
import dev.verbatim.api.EarlyProblems;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Token buckets (Bucket4j) in front of everything under /api, cached reads included, keyed by who
 * the request proves to be: a valid key's id, else the client's address. A key that proves
 * nothing (unknown, revoked, not a Bearer credential) is a 401 at once, counted against its
 * address and against a small bucket of failed authentications per address, past which it is a
 * 429: so that no header value buys a bucket of its own, and keys cannot be guessed at speed.
 * Every answer announces its limit with RateLimit headers; over it, 429 problem+json with Retry-After.
 * On PostgreSQL the instances share the buckets ({@link ClientBuckets}): a key's requests and failed
 * authentications are counted in the database, each, after this instance's own bucket has let them
 * through; requests without a key are answered from this instance's bucket and reported later.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    /** After CORS, so that a 429 can be read by a browser; before the cache of rendered reads. */
    private static final int PRIORITY = 10;
    /**
     * How long who a key is stays known here. Revoking a key forgets it at once on the instance that
     * revoked it, and within {@link KeyRevocations#CHECKED_EVERY} on the others.
     */
    private static final Duration KNOWN_FOR = Duration.ofSeconds(30);

    private final RateLimitConfig config;
    private final EarlyProblems problems;
    private final ApiKeys keys;
    private final ClientBuckets buckets;
    private final Vertx vertx;
    /** Key digests (hex) and whom they prove: empty for a key that proves nobody. */
    private final Cache<String, Optional<Caller>> callers = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(KNOWN_FOR)
            .build();

    RateLimiter(RateLimitConfig config, EarlyProblems problems, ApiKeys keys, ClientBuckets buckets, Vertx vertx) {
        this.config = config;
        this.problems = problems;
        this.keys = keys;
        this.buckets = buckets;
        this.vertx = vertx;
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limit, PRIORITY);
        }
    }

    /** A key was revoked, here or on another instance: who keys are is read again. */
    void forgetCallers(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeysChanged event) {
        callers.invalidateAll();
    }

    private void limit(RoutingContext context) {
        if (!context.request().path().startsWith("/api/")) {
            context.next();
            return;
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            count(context, "address " + address(context), config.anonymousPerMinute(), "from this address without an API key");
            return;
        }
        Optional<String> key = Credentials.bearer(authorization);
        if (key.isEmpty()) {
            refuse(context);
            return;
        }
        String digest = HexFormat.of().formatHex(ApiKeys.digest(key.get()));
        Optional<Caller> known = callers.getIfPresent(digest);
        if (known != null) {
            proceed(context, known);
        } else if (failures(context).getAvailableTokens() <= 0) {
            tooManyFailures(context, failures(context).estimateAbilityToConsume(1).getNanosToWaitForRefill());
        } else {
            // The body, if any, waits until the request goes on: nothing of it may be lost meanwhile.
            context.request().pause();
            vertx.<Optional<Caller>>executeBlocking(() -> keys.identify(key.get()), false).onComplete(found -> {
                if (found.failed()) {
                    failed(context, found.cause());
                    return;
                }
                callers.put(digest, found.result());
                proceed(context, found.result());
            });
        }
    }

    private void proceed(RoutingContext context, Optional<Caller> caller) {
        if (caller.isEmpty()) {
            refuse(context);
            return;
        }
        String client = "key " + caller.get().keyId();
        long limit = config.keyPerMinute();
        shared(context, client, limit, buckets.local(client, limit).tryConsumeAndReturnRemaining(1), probe -> {
            HttpServerResponse response = announce(context.response(), limit, probe);
            if (probe.isConsumed()) {
                context.next();
            } else {
                tooMany(context, response, probe, "More than " + limit + " requests a minute with this API key");
            }
        });
    }

    /** A key that proves nobody: 401, once the address has budget left for failures and for requests. */
    private void refuse(RoutingContext context) {
        String address = address(context);
        long failed = config.failedAuthenticationsPerMinute();
        shared(context, "failed " + address, failed, failures(context).tryConsumeAndReturnRemaining(1), probe -> {
            if (!probe.isConsumed()) {
                tooManyFailures(context, probe.getNanosToWaitForRefill());
                return;
            }
            long limit = config.anonymousPerMinute();
            ConsumptionProbe requests = buckets.consumeHere("address " + address, limit);
            HttpServerResponse response = announce(context.response(), limit, requests);
            if (!requests.isConsumed()) {
                tooMany(context, response, requests, "More than " + limit + " requests a minute from this address");
                return;
            }
            response.putHeader("WWW-Authenticate", ApiKeyAuthentication.CHALLENGE + ", error=\"invalid_token\"");
            problems.end(response, 401, "unauthorized", "Unauthorized",
                    "The API key given is unknown or revoked, or not sent as Authorization: Bearer KEY. Reads need no key.",
                    context.request().path());
        });
    }

    /**
     * What every instance together lets the client have, once this instance's own bucket has let the
     * request through (a request over the limit here is over it everywhere: no database for it).
     * The shared bucket is asked off the event loop; if the database cannot tell, this instance's
     * bucket alone decides.
     */
    private void shared(RoutingContext context, String client, long limit, ConsumptionProbe here, Consumer<ConsumptionProbe> then) {
        if (!here.isConsumed() || !buckets.shared()) {
            then.accept(here);
            return;
        }
        context.request().pause();
        vertx.<ConsumptionProbe>executeBlocking(() -> buckets.consumeShared(client, limit), false).onComplete(shared -> {
            if (shared.failed()) {
                LOG.warnf("Rate limits: the shared bucket of %s could not be read (%s); this instance's decides", client, shared.cause());
                then.accept(here);
                return;
            }
            then.accept(shared.result());
        });
    }

    /** The key could not be looked up: 503 when the database could not be reached in time, else the failure goes on. */
    private void failed(RoutingContext context, Throwable cause) {
        if (!DatabaseUnavailable.caused(cause)) {
            context.fail(cause);
            return;
        }
        LOG.warnf("No database connection to identify the key of %s: %s", context.request().path(), cause.getMessage());
        problems.end(context.response().putHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS),
                DatabaseUnavailable.STATUS, DatabaseUnavailable.TYPE, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL,
                context.request().path());
    }

    private void tooManyFailures(RoutingContext context, long nanosToWait) {
        long retry = Math.max(1, ceilDiv(nanosToWait, 1_000_000_000L));
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retry));
        problems.end(context.response(), 429, "too-many-failed-authentications", "Too many requests",
                "More than " + config.failedAuthenticationsPerMinute() + " requests a minute from this address with a key that "
                        + "proves nobody; try again in " + retry + " s.",
                context.request().path());
    }

    private void count(RoutingContext context, String client, long limit, String who) {
        ConsumptionProbe probe = buckets.consumeHere(client, limit);
        HttpServerResponse response = announce(context.response(), limit, probe);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        tooMany(context, response, probe, "More than " + limit + " requests a minute " + who);
    }

    private void tooMany(RoutingContext context, HttpServerResponse response, ConsumptionProbe probe, String what) {
        long retry = Math.max(1, ceilDiv(probe.getNanosToWaitForRefill(), 1_000_000_000L));
        problems.end(response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retry)), 429, "too-many-requests",
                "Too many requests", what + "; try again in " + retry + " s.", context.request().path());
    }

    private static HttpServerResponse announce(HttpServerResponse response, long limit, ConsumptionProbe probe) {
        // Below zero when the instances together let through more than the limit: a debt, announced as nothing left.
        long remaining = Math.max(0, probe.getRemainingTokens());
        long window = ClientBuckets.WINDOW.toSeconds();
        return response.putHeader("RateLimit-Policy", limit + ";w=" + window)
                .putHeader("RateLimit-Limit", Long.toString(limit))
                .putHeader("RateLimit-Remaining", Long.toString(remaining))
                .putHeader("RateLimit-Reset", Long.toString(ceilDiv((limit - remaining) * window, limit)));
    }

    private Bucket failures(RoutingContext context) {
        return buckets.local("failed " + address(context), config.failedAuthenticationsPerMinute());
    }

    private static String address(RoutingContext context) {
        return context.request().remoteAddress().host();
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
