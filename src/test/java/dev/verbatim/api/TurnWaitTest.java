package dev.verbatim.api;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.Samples;
import dev.verbatim.search.HeldSearchTurn;
import dev.verbatim.search.LuceneSearch;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A read or a search waits for its turn a bounded time (verbatim.http.turn-wait,
 * verbatim.search.turn-wait; here one turn of each and half a second): one that waited that long is
 * answered 503 with Retry-After, the server saturated, rather than kept waiting; it holds no turn
 * afterwards, and the same request is answered once a turn is free.
 */
@QuarkusTest
@TestProfile(TurnWaitTest.ShortWait.class)
class TurnWaitTest {

    public static class ShortWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.http.concurrency", "1", "verbatim.http.turn-wait", "500ms",
                    "verbatim.search.concurrency", "1", "verbatim.search.turn-wait", "500ms");
        }
    }

    @Inject
    ReadTurns turns;

    @Inject
    LuceneSearch index;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aReadThatWaitedTooLongForItsTurnIsAnswered503WithRetryAfter() throws InterruptedException {
        String path = "/api/v1/statements/" + Samples.seedId();
        turns.turns().acquire();
        try {
            given().queryParam("saturated", System.nanoTime()).when().get(path)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .header("Cache-Control", "no-store")
                    .body("type", equalTo("urn:verbatim:problem:unavailable"))
                    .body("detail", containsString("waited 500 ms for its turn"))
                    .body("instance", equalTo(path));
        } finally {
            turns.turns().release();
        }
        assertEquals(1, turns.turns().availablePermits(), "the refused read holds no turn");
        given().queryParam("free", System.nanoTime()).when().get(path).then().statusCode(200);
        assertEquals(1, turns.turns().availablePermits(), "turns free after the read");
    }

    @Test
    void theMetricsSayHowManyTurnsAreTakenAndHowManyWait() throws Exception {
        turns.turns().acquire();
        try (HeldSearchTurn held = new HeldSearchTurn(index)) {
            String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.contains("verbatim_turns_taken{turns=\"reads\"} 1.0"), "a read turn taken");
            assertTrue(metrics.contains("verbatim_turns_taken{turns=\"searches\"} 1.0"), "a search turn taken");
            assertTrue(metrics.contains("verbatim_turns_waiting{turns=\"reads\"} 0.0"), "no read waiting");
            assertTrue(metrics.contains("verbatim_turns_waiting{turns=\"searches\"} 0.0"), "no search waiting");
        } finally {
            turns.turns().release();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSearchThatWaitedTooLongForItsTurnIsAnswered503WhileReadsGoOn() throws Exception {
        try (HeldSearchTurn held = new HeldSearchTurn(index)) {
            given().queryParam("q", "cyberattaques").queryParam("saturated", System.nanoTime()).when().get("/api/v1/statements")
                    .then().statusCode(503)
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:verbatim:problem:unavailable"))
                    .body("detail", containsString("as many searches as it can"));
            given().queryParam("q", "cyberattaques").queryParam("saturated", System.nanoTime()).when().get("/api/v1/qa")
                    .then().statusCode(503)
                    .header("Retry-After", "5");
            // Reads have turns of their own: the searches' being taken holds none of them.
            given().queryParam("meanwhile", System.nanoTime()).when().get("/api/v1/statements/" + Samples.seedId())
                    .then().statusCode(200);
        }
        given().queryParam("q", "cyberattaques").queryParam("free", System.nanoTime()).when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items.id", hasItem(Samples.seedId()));
    }
}
