package dev.verbatim.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered GET responses, so that a popular read costs no query and no serialisation. Keys carry
 * the data generation current when the read started: a read that raced a write stores its body
 * under the old generation, where nobody looks any more.
 */
@ApplicationScoped
public class ResponseCache {

    private final Cache<String, Entry> entries;
    private final AtomicLong generation = new AtomicLong();

    public ResponseCache(HttpConfig config) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.cache().sizeMb() * 1024L * 1024L)
                .weigher((String key, Entry entry) -> key.length() + entry.body().length + 256)
                .expireAfterWrite(config.cache().ttl())
                .build();
    }

    /** The key of a read of this raw path and query (null when absent), starting now. */
    public String key(String rawPath, String rawQuery) {
        return generation.get() + " " + rawPath + "?" + (rawQuery == null ? "" : rawQuery);
    }

    public Entry get(String key) {
        return entries.getIfPresent(key);
    }

    public void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        invalidate();
    }

    /** Forgets every rendered read: for what changes outside a transaction, such as the search index. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** A rendered body with the headers that go with it. */
    public record Entry(byte[] body, String contentType, String etag, String link) {
    }
}
