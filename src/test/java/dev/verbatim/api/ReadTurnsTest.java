package dev.verbatim.api;

import static dev.verbatim.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.verbatim.Samples;
import dev.verbatim.search.HeldSearchTurn;
import dev.verbatim.search.LuceneSearch;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the cache does not answer take turns (verbatim.http.concurrency, here one at a time), and
 * every read gives its turn back however it ends: answered, refused, not found, streamed, or asked
 * for its headers only. Searches wait in their own turns (verbatim.search.concurrency, here one)
 * and hold none of the reads'. A turn kept would hold every later read, so each test has a time limit.
 */
@QuarkusTest
@TestProfile(ReadTurnsTest.OneTurn.class)
class ReadTurnsTest {

    public static class OneTurn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Waits far longer than any here: what a wait beyond its bound gets is TurnWaitTest's.
            return Map.of("verbatim.http.concurrency", "1", "verbatim.search.concurrency", "1",
                    "verbatim.http.turn-wait", "50s", "verbatim.search.turn-wait", "50s");
        }
    }

    @Inject
    ReadTurns turns;

    @Inject
    LuceneSearch index;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyReadGivesItsTurnBackHoweverItEnds() throws InterruptedException {
        String id = Samples.seedId();
        for (int round = 0; round < 3; round++) {
            // A fresh query each time: the cache of rendered reads would answer a repeated one without a turn.
            given().queryParam("round", round).when().get("/api/v1/statements/" + id).then().statusCode(200);
            assertAllTurnsFree();
            given().queryParam("round", round).when().get("/api/v1/statements/no-such-statement").then().statusCode(404);
            assertAllTurnsFree();
            given().queryParam("limit", "many").queryParam("round", round).when().get("/api/v1/statements").then().statusCode(400);
            assertAllTurnsFree();
            given().queryParam("format", "ndjson").queryParam("round", round).when().get("/api/v1/statements/export").then().statusCode(200);
            assertAllTurnsFree();
            given().queryParam("round", round).when().head("/api/v1/statements").then().statusCode(200);
            assertAllTurnsFree();
            RestAssured.given().queryParam("round", round).when().get("/statements/no-such-statement").then().statusCode(404);
            assertAllTurnsFree();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void readsAskedTogetherAreAllAnsweredInTurn() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int n = i;
                answers.add(clients.submit(() -> RestAssured.given().queryParam("limit", 5).queryParam("together", n)
                        .when().get("/api/v1/statements").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            clients.shutdownNow();
        }
        assertAllTurnsFree();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aReadWhoseClientLeavesWhileItWaitsGivesItsTurnBack() throws Exception {
        turns.turns().acquire();
        try (Socket client = new Socket("127.0.0.1", RestAssured.port)) {
            client.getOutputStream().write(("GET /api/v1/statements?limit=1&left=" + System.nanoTime() + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            for (int i = 0; i < 500 && turns.turns().getQueueLength() == 0; i++) {
                Thread.sleep(10);
            }
            assertEquals(1, turns.turns().getQueueLength(), "the read waits for the turn the test holds");
        }
        // The client has gone; the read it left still waits. The turn it gets must come back.
        Thread.sleep(200);
        turns.turns().release();
        for (int i = 0; i < 500 && turns.turns().getQueueLength() > 0; i++) {
            Thread.sleep(10);
        }
        assertAllTurnsFree();
        given().queryParam("after", System.nanoTime()).when().get("/api/v1/statements").then().statusCode(200);
        assertAllTurnsFree();
    }

    /**
     * Whatever answers from the index: a search, counts by facet, Q&amp;A pairs (with or without q),
     * the web pages' search page, a feed of a search.
     */
    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/statements?q=cyberattaques", "/api/v1/statements?facets=true", "/api/v1/qa",
            "/?language=fr", "/api/v1/feeds/atom?q=cyberattaques" })
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSearchWaitingForItsTurnHoldsNoReadBehindIt(String searching) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> search;
            // The test holds the only search turn, and a search asked meanwhile waits for it.
            try (HeldSearchTurn held = new HeldSearchTurn(index)) {
                search = clients.submit(() -> RestAssured.given().queryParam("waits", System.nanoTime()).when().get(searching)
                        .statusCode());
                for (int i = 0; i < 500 && index.waiting() == 0; i++) {
                    Thread.sleep(10);
                }
                assertEquals(1, index.waiting(), "the search waits for the turn the test holds");

                // A read of a statement is answered meanwhile: the waiting search holds no read turn.
                Future<Integer> read = clients.submit(() -> RestAssured.given().queryParam("meanwhile", System.nanoTime())
                        .when().get("/api/v1/statements/" + Samples.seedId()).statusCode());
                assertEquals(200, read.get(20, TimeUnit.SECONDS));
                assertFalse(search.isDone(), "the search still waits");
            }
            assertEquals(200, search.get());
        } finally {
            clients.shutdownNow();
        }
        assertAllTurnsFree();
    }

    /** The turn goes back when the exchange ends, which may be a moment after the client has its answer. */
    private void assertAllTurnsFree() throws InterruptedException {
        for (int i = 0; i < 100 && turns.turns().availablePermits() != 1; i++) {
            Thread.sleep(20);
        }
        assertEquals(1, turns.turns().availablePermits(), "turns free after the read");
    }
}
