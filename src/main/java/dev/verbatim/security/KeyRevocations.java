package dev.verbatim.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keys revoked by another instance (or straight in the database) take effect here too: the keys are
 * counted every {@link #CHECKED_EVERY}, one small query, and a change is told as {@link KeysChanged},
 * as a revocation on this instance is.
 */
@ApplicationScoped
class KeyRevocations {

    private static final Logger LOG = Logger.getLogger(KeyRevocations.class);
    static final Duration CHECKED_EVERY = Duration.ofMillis(500);

    private final ApiKeys keys;
    private final Event<KeysChanged> changed;
    private final RateLimitConfig config;
    /** False in a command-line task, which answers no request. */
    private final boolean serving;
    private final AtomicReference<ApiKeys.KeyCount> last = new AtomicReference<>();
    private ScheduledExecutorService checker;

    KeyRevocations(ApiKeys keys, Event<KeysChanged> changed, RateLimitConfig config,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        this.keys = keys;
        this.changed = changed;
        this.config = config;
        this.serving = serving;
    }

    /** Only the rate limiter keeps who keys are between requests; without it there is nothing to forget. */
    void start(@Observes StartupEvent event) {
        if (!config.enabled() || !serving) {
            return;
        }
        checker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "key-revocations");
            thread.setDaemon(true);
            return thread;
        });
        long every = CHECKED_EVERY.toMillis();
        checker.scheduleWithFixedDelay(this::check, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (checker != null) {
            checker.shutdownNow();
        }
    }

    void check() {
        try {
            ApiKeys.KeyCount now = keys.count();
            ApiKeys.KeyCount before = last.getAndSet(now);
            if (before != null && !before.equals(now)) {
                changed.fire(new KeysChanged());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Keys: could not check for keys revoked elsewhere (%s)", e);
        }
    }
}
