package dev.verbatim.security;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the instances share their buckets: what another instance let a client have counts
 * here. The other instance is played by this one's {@link SharedBuckets}, writing the same table
 * as a second process would. On the embedded database there is one instance, and nothing to share.
 */
@QuarkusTest
@TestProfile(SharedRateLimitTest.Limits.class)
class SharedRateLimitTest {

    static final long KEY_LIMIT = 40;
    static final long ANONYMOUS_LIMIT = 10;

    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.rate-limit.anonymous-per-minute", Long.toString(ANONYMOUS_LIMIT),
                    "verbatim.rate-limit.key-per-minute", Long.toString(KEY_LIMIT),
                    "verbatim.rate-limit.failed-authentications-per-minute", "10",
                    "verbatim.rate-limit.shared-sync-interval", "100ms");
        }
    }

    @Inject
    SharedBuckets elsewhere;

    @BeforeEach
    void onPostgreSQL() {
        assumeTrue(elsewhere.enabled(), "Buckets are shared on PostgreSQL only; the embedded database has one instance");
    }

    @Test
    void requestsWithAKeyOnAnotherInstanceCountHere() {
        String secret = ApiKeyTest.keyWith(Role.READER, false);
        String client = "key " + ApiKey.<ApiKey>find("secretHash", java.util.HexFormat.of().formatHex(ApiKeys.digest(secret)))
                .firstResult().id;
        for (int i = 0; i < KEY_LIMIT - 1; i++) {
            assertTrue(elsewhere.tryConsume(client, ClientBuckets.configuration(KEY_LIMIT)).isConsumed());
        }

        given().header("Authorization", "Bearer " + secret).when().get("/api/v1/issuers")
                .then().statusCode(200).header("RateLimit-Remaining", "0");
        given().header("Authorization", "Bearer " + secret).when().get("/api/v1/issuers")
                .then().statusCode(429).body("detail", containsString(KEY_LIMIT + " requests a minute with this API key"));
    }

    @Test
    void failedAuthenticationsOnAnotherInstanceCountHere() {
        for (int i = 0; i < 10; i++) {
            elsewhere.tryConsume("failed 127.0.0.1", ClientBuckets.configuration(10));
        }

        given().header("Authorization", "Bearer never-issued").when().get("/api/v1/issuers")
                .then().statusCode(429).body("detail", containsString("proves nobody"));
    }

    @Test
    void readsWithoutAKeyOnAnotherInstanceCountHereWithinAnInterval() throws InterruptedException {
        int remaining = Integer.parseInt(given().when().get("/api/v1/issuers").then().statusCode(200).extract().header("RateLimit-Remaining"));
        assertTrue(remaining > 5, "this instance alone would let " + remaining + " more through");

        // The other instance let this address have the rest of its budget, and two more.
        elsewhere.report("address 127.0.0.1", ClientBuckets.configuration(ANONYMOUS_LIMIT), remaining + 2);

        // This instance hears of it when it next reports what it let through: within an interval (100 ms here).
        int allowed = 0;
        int status = 200;
        for (int i = 0; i < 20 && status == 200; i++) {
            Thread.sleep(50);
            status = given().when().get("/api/v1/issuers").then().extract().statusCode();
            allowed += status == 200 ? 1 : 0;
        }
        assertEquals(429, status);
        assertTrue(allowed <= 3, "let through before the others' share was heard of: " + allowed + ", alone it would be " + remaining);
        given().when().get("/api/v1/issuers").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }
}
