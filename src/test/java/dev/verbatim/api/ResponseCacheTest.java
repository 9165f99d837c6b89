package dev.verbatim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The cache of rendered reads: kept from a read's second rendering on, fresh for its ttl, then
 * rendered again by one read while the others get the old one.
 */
class ResponseCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ResponseCache cache = new ResponseCache(config(Duration.ofSeconds(5)), now::get);

    @Test
    void aFreshEntryAnswersEveryRead() {
        String key = cache.key("localhost:8081", "/api/v1/statements", "q=climate");
        renderedTwice(key, "page");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        for (int i = 0; i < 5; i++) {
            assertNotNull(cache.get(key));
        }
    }

    @Test
    void aStaleEntryIsRenderedAgainByTheFirstReadOnlyWhileTheOthersGetIt() {
        String key = cache.key("localhost:8081", "/api/v1/statements", "q=climate");
        renderedTwice(key, "old");
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
        renderedTwice(key, "old");
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertNull(cache.get(key));
        assertNull(cache.get(key));
    }

    @Test
    void aWriteMakesEveryEarlierKeyUnreachable() {
        String before = cache.key("localhost:8081", "/api/v1/statements", null);
        renderedTwice(before, "old");
        assertNotNull(cache.get(before));
        cache.invalidate();
        assertNull(cache.get(before));
        assertNull(cache.get(cache.key("localhost:8081", "/api/v1/statements", null)));
    }

    @Test
    void aReadAskedOnceIsNotKeptButOneAskedAgainIs() {
        String key = cache.key("localhost:8081", "/api/v1/statements", "q=harvest");
        cache.put(key, bytes("page"), "application/json", "W/\"1\"", null, null);
        assertNull(cache.get(key), "a read asked once is not kept");
        cache.put(key, bytes("page"), "application/json", "W/\"1\"", null, null);
        assertArrayEquals(bytes("page"), cache.get(key).body(), "asked again, it is");
    }

    @Test
    void aReadForgottenAmongOneOffReadsMustBeAskedTwiceAgain() {
        String key = cache.key("localhost:8081", "/api/v1/statements", "q=climate");
        cache.put(key, bytes("page"), "application/json", "W/\"1\"", null, null);
        anotherKeyTakesTheSlotOf(key);
        cache.put(key, bytes("page"), "application/json", "W/\"1\"", null, null);
        assertNull(cache.get(key));
        cache.put(key, bytes("page"), "application/json", "W/\"1\"", null, null);
        assertNotNull(cache.get(key));
    }

    @Test
    void aStaleEntryRenderedAgainIsKeptEvenWhenItsFirstAskIsForgotten() {
        String key = cache.key("localhost:8081", "/api/v1/statements", "q=climate");
        renderedTwice(key, "old");
        anotherKeyTakesTheSlotOf(key);
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertNull(cache.get(key), "the first read after the ttl renders it again");
        cache.put(key, bytes("new"), "application/json", "W/\"2\"", null, null);
        assertArrayEquals(bytes("new"), cache.get(key).body());
    }

    private void renderedTwice(String key, String body) {
        for (int i = 0; i < 2; i++) {
            cache.put(key, bytes(body), "application/json", "W/\"1\"", null, null);
        }
    }

    /** A one-off read whose key falls in the same slot of the table of keys asked once. */
    private void anotherKeyTakesTheSlotOf(String key) {
        for (int i = 0; ; i++) {
            String other = cache.key("localhost:8081", "/api/v1/statements", "q=other" + i);
            if (ResponseCache.slot(other) == ResponseCache.slot(key) && other.hashCode() != key.hashCode()) {
                cache.put(other, bytes("other"), "application/json", "W/\"2\"", null, null);
                return;
            }
        }
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
            public int uploadsPerClient() {
                return 8;
            }

            @Override
            public OptionalInt concurrency() {
                return OptionalInt.empty();
            }

            @Override
            public Duration turnWait() {
                return Duration.ofSeconds(10);
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
