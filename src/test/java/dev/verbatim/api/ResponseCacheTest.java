package dev.verbatim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cache of rendered reads: fresh for its ttl, then rendered again by one read while the others get the old one. */
class ResponseCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ResponseCache cache = new ResponseCache(config(Duration.ofSeconds(5)), now::get);

    @Test
    void aFreshEntryAnswersEveryRead() {
        String key = cache.key("localhost:8081", "/api/v1/statements", "q=climate");
        cache.put(key, bytes("page"), "application/json", "W/\"1\"", null, null);
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        for (int i = 0; i < 5; i++) {
            assertNotNull(cache.get(key));
        }
    }

    @Test
    void aStaleEntryIsRenderedAgainByTheFirstReadOnlyWhileTheOthersGetIt() {
        String key = cache.key("localhost:8081", "/api/v1/statements", "q=climate");
        cache.put(key, bytes("old"), "application/json", "W/\"1\"", null, null);
        now.addAndGet(Duration.ofSeconds(6).toNanos());

        assertNull(cache.get(key), "the first read after the ttl renders the response again");
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(bytes("old"), cache.get(key).body(), "meanwhile the others get the old one");
        }
        cache.put(key, bytes("new"), "application/json", "W/\"2\"", null, null);
        assertArrayEquals(bytes("new"), cache.get(key).body());
    }

    @Test
    void nothingOlderThanTwiceTheTtlIsServed() {
        String key = cache.key("localhost:8081", "/api/v1/statements", null);
        cache.put(key, bytes("old"), "application/json", "W/\"1\"", null, null);
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertNull(cache.get(key));
        assertNull(cache.get(key));
    }

    @Test
    void aWriteMakesEveryEarlierKeyUnreachable() {
        String before = cache.key("localhost:8081", "/api/v1/statements", null);
        cache.put(before, bytes("old"), "application/json", "W/\"1\"", null, null);
        cache.invalidate();
        assertNull(cache.get(before));
        assertNull(cache.get(cache.key("localhost:8081", "/api/v1/statements", null)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static HttpConfig config(Duration ttl) {
        return new HttpConfig() {
            @Override
            public Duration maxAge() {
                return Duration.ofSeconds(60);
            }

            @Override
            public int maxUriLength() {
                return 16384;
            }

            @Override
            public int maxHeaderSize() {
                return 16384;
            }

            @Override
            public ResponseCacheConfig cache() {
                return new ResponseCacheConfig() {
                    @Override
                    public int sizeMb() {
                        return 1;
                    }

                    @Override
                    public Duration ttl() {
                        return ttl;
                    }
                };
            }
        };
    }
}
