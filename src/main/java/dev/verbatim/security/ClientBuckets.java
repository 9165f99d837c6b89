package dev.verbatim.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The token buckets of each client, a client being a key's id or an address: one in this instance's
 * memory, answered at once, and on PostgreSQL one {@link SharedBuckets shared} by every instance.
 * Two ways to use them, for two costs. {@link #consumeShared} is exact across instances and costs a
 * database transaction: for keys and failed authentications, few and worth it. {@link #consumeHere}
 * costs nothing but a local bucket: for anonymous reads, tens of thousands a second. A client that
 * has used a tenth of its budget here is then reported to its shared bucket in the background, in
 * one transaction per client and interval whatever its number of requests, and the shared answer
 * (what every instance let it have) lowers its local bucket: together the instances allow the
 * limit, give or take what one interval lets through. Readers under a tenth of their budget, most
 * of them, are never reported: ten instances at least would be needed to let one through unseen.
 */
@ApplicationScoped
class ClientBuckets {

    private static final Logger LOG = Logger.getLogger(ClientBuckets.class);
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** A client is reported once it has used this share of its budget on one instance. */
    private static final int REPORTED_PAST_ONE_IN = 10;
    private static final Duration EXPIRED_REMOVED_EVERY = Duration.ofMinutes(1);

    private final SharedBuckets shared;
    private final RateLimitConfig config;
    /** False in a command-line task, which answers no request. */
    private final boolean serving;
    private final Cache<String, Local> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    /** Local buckets with requests not yet reported to their shared bucket. */
    private final Set<Local> unreported = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService reporter;

    ClientBuckets(SharedBuckets shared, RateLimitConfig config,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        this.shared = shared;
        this.config = config;
        this.serving = serving;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled() || !shared.enabled() || !serving) {
            return;
        }
        reporter = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rate-limit-reports");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.sharedSyncInterval().toMillis();
        reporter.scheduleWithFixedDelay(this::report, every, every, TimeUnit.MILLISECONDS);
        long cleaning = EXPIRED_REMOVED_EVERY.toMillis();
        reporter.scheduleWithFixedDelay(this::removeExpired, cleaning, cleaning, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (reporter != null) {
            reporter.shutdownNow();
        }
    }

    /** This instance's bucket of the client. */
    Bucket local(String client, long perMinute) {
        return local(client, perMinute, false).bucket;
    }

    /** Takes a token here and answers at once; the shared bucket hears of it later, if the client matters. */
    ConsumptionProbe consumeHere(String client, long perMinute) {
        Local local = local(client, perMinute, true);
        ConsumptionProbe probe = local.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed() && shared.enabled()) {
            local.count(probe, unreported);
        }
        return probe;
    }

    /** Whether a call of {@link #consumeShared} goes to the database. */
    boolean shared() {
        return shared.enabled();
    }

    /** Takes a token of the bucket every instance shares (a database transaction: not on the event loop). */
    ConsumptionProbe consumeShared(String client, long perMinute) {
        return shared.tryConsume(client, configuration(perMinute));
    }

    /** Tells the shared buckets what this instance let through since last time, and learns what the others did. */
    void report() {
        for (Local local : unreported) {
            unreported.remove(local);
            local.queued = false;
            long tokens = local.requests.sumThenReset();
            if (tokens == 0) {
                continue;
            }
            try {
                long left = shared.report(local.client, configuration(local.perMinute), tokens);
                long since = local.requests.sum();
                long here = local.bucket.getAvailableTokens();
                if (here > left - since) {
                    local.bucket.consumeIgnoringRateLimits(here - (left - since));
                }
            } catch (RuntimeException e) {
                local.requests.add(tokens);
                LOG.warnf("Rate limits: could not report to the shared bucket of %s (%s); tried again later", local.client, e);
            }
        }
    }

    private void removeExpired() {
        try {
            shared.removeExpired();
        } catch (RuntimeException e) {
            LOG.warnf("Rate limits: could not delete the buckets of past clients (%s)", e);
        }
    }

    private Local local(String client, long perMinute, boolean reportable) {
        return buckets.get(client, any -> new Local(client, perMinute, reportable, Bucket.builder().addLimit(bandwidth(perMinute)).build()));
    }

    static BucketConfiguration configuration(long perMinute) {
        return BucketConfiguration.builder().addLimit(bandwidth(perMinute)).build();
    }

    private static Bandwidth bandwidth(long perMinute) {
        return Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build();
    }

    /** A client's bucket here, and what of it the shared bucket has not heard yet. */
    private static final class Local {
        final String client;
        final long perMinute;
        final Bucket bucket;
        final LongAdder requests = new LongAdder();
        /** Whether the client matters: it has used a tenth of its budget here since its bucket was made. */
        volatile boolean counted;
        volatile boolean queued;

        Local(String client, long perMinute, boolean reportable, Bucket bucket) {
            this.client = client;
            this.perMinute = perMinute;
            this.bucket = bucket;
            this.counted = !reportable;
        }

        void count(ConsumptionProbe probe, Set<Local> unreported) {
            if (!counted) {
                long used = perMinute - probe.getRemainingTokens();
                if (used * REPORTED_PAST_ONE_IN < perMinute) {
                    return;
                }
                // From now on it counts: everything it used here so far, then each request.
                counted = true;
                requests.add(used - 1);
            }
            requests.increment();
            if (!queued) {
                queued = true;
                unreported.add(this);
            }
        }
    }
}
