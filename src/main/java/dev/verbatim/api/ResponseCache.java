package dev.verbatim.api;

import dev.verbatim.domain.DataChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Rendered GET responses, so that a popular read costs no query and no serialisation. Keys carry
 * the data generation current when the read started: a read that raced a write stores its body
 * under the old generation, where nobody looks any more.
 *
 * <p>An entry is fresh for {@code verbatim.http.cache.ttl}. Once it is older, the first read to
 * ask renders it again while the others are still answered with it, up to twice the ttl: an
 * expensive read that many clients want (a search) is never rendered by all of them at once.
 *
 * <p>A read is kept from the second time it is rendered on: most reads are asked once (a harvest,
 * a search as the user types), and keeping them would only evict the reads asked again, and
 * carry bodies nobody reads through young collections into the old generation until a full one.
 * Which keys were asked is remembered by their hashes in a fixed table, where a newer key takes
 * the slot of an older one.
 */
@ApplicationScoped
public class ResponseCache {

    /** Slots of the table of keys asked once: 256 KiB, remembering the last tens of thousands of one-off reads. */
    static final int ASKED = 1 << 16;

    private final Cache<String, Entry> entries;
    private final AtomicIntegerArray asked = new AtomicIntegerArray(ASKED);
    private final AtomicLong generation = new AtomicLong();
    private final long freshNanos;
    private final LongSupplier clock;

    @Inject
    public ResponseCache(HttpConfig config) {
        this(config, System::nanoTime);
    }

    ResponseCache(HttpConfig config, LongSupplier clock) {
        this.freshNanos = config.cache().ttl().toNanos();
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.cache().sizeMb() * 1024L * 1024L)
                .weigher((String key, Entry entry) -> key.length() + entry.body().length + 256)
                .expireAfterWrite(2 * freshNanos, TimeUnit.NANOSECONDS)
                .ticker(clock::getAsLong)
                .build();
    }

    /**
     * The key of a read of this raw path and query (null when absent), starting now. The Host the
     * client asked is part of it: a body that links to itself absolutely (a feed) is only ever
     * served to clients that asked the same host.
     */
    public String key(String host, String rawPath, String rawQuery) {
        return generation.get() + " " + host + " " + rawPath + "?" + (rawQuery == null ? "" : rawQuery);
    }

    /**
     * The entry to answer with, or null when this read should be rendered: nothing is cached, or
     * what is has gone stale and this read is the first to notice.
     */
    public Entry get(String key) {
        Entry entry = entries.getIfPresent(key);
        if (entry == null || clock.getAsLong() - entry.storedAt() < freshNanos || !entry.rendering().compareAndSet(false, true)) {
            return entry;
        }
        return null;
    }

    /**
     * Keeps a rendered read, if it was rendered before (see above) or is being rendered again
     * because its entry went stale.
     */
    public void put(String key, byte[] body, String contentType, String etag, String link, Instant lastModified) {
        if (!askedBefore(key) && entries.getIfPresent(key) == null) {
            return;
        }
        entries.put(key, new Entry(body, contentType, etag, link, lastModified, clock.getAsLong(), new AtomicBoolean()));
    }

    /** Whether this key was asked since its slot last changed hands; from now on it was. */
    private boolean askedBefore(String key) {
        int hash = key.hashCode();
        int slot = slot(key);
        if (asked.getPlain(slot) == hash) {
            return true;
        }
        asked.setPlain(slot, hash);
        return false;
    }

    /** The slot of a key in the table of keys asked once. */
    static int slot(String key) {
        int hash = key.hashCode();
        return (hash ^ (hash >>> 16)) & (ASKED - 1);
    }

    void onChange(@Observes DataChanged change) {
        invalidate();
    }

    /** Forgets every rendered read. */
    void invalidate() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /**
     * A rendered body with the headers that go with it ({@code link} and {@code lastModified} may
     * be null); {@code rendering} once a read renders it again.
     */
    public record Entry(byte[] body, String contentType, String etag, String link, Instant lastModified, long storedAt,
            AtomicBoolean rendering) {
    }
}
