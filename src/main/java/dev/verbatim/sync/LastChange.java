package dev.verbatim.sync;

import dev.verbatim.domain.DataChanged;
import dev.verbatim.api.ChangeClock;
import dev.verbatim.api.HttpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time of the newest entry of the change feed, read again at most once per cache ttl, and
 * forgotten at once when this instance writes: it may lag behind the database (a write through
 * another instance is seen within the ttl, as cached reads are) but is never newer than it.
 */
@ApplicationScoped
class LastChange implements ChangeClock {

    private final ChangeFeed feed;
    private final long freshNanos;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Known known;

    LastChange(ChangeFeed feed, HttpConfig config) {
        this.feed = feed;
        this.freshNanos = config.cache().ttl().toNanos();
    }

    private record Known(Instant at, long readAt) {
    }

    @Override
    public Instant known() {
        Known now = known;
        return now == null ? null : now.at();
    }

    @Override
    public void refresh() {
        Known now = known;
        if (now != null && System.nanoTime() - now.readAt() < freshNanos || !reading.compareAndSet(false, true)) {
            return;
        }
        try {
            long before = generation.get();
            long readAt = System.nanoTime();
            Instant at = feed.head().at();
            // A write that committed while this read ran may be missing from it: keep nothing then.
            if (at != null && generation.get() == before) {
                known = new Known(at, readAt);
            }
        } finally {
            reading.set(false);
        }
    }

    void onChange(@Observes DataChanged change) {
        generation.incrementAndGet();
        known = null;
    }
}
