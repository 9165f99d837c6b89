package dev.verbatim.sync;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.search.HeldSearchTurn;
import dev.verbatim.search.LuceneSearch;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An export of a search reads its matches from the index a slice at a time, each in a search turn
 * (here one turn, waited for 2 s at most). It is refused like any search while nothing is
 * sent; once it has begun it is never cut short: a later slice waits for its turn as long as it takes.
 */
@QuarkusTest
@TestProfile(ExportTurnsTest.OneSearchTurn.class)
class ExportTurnsTest {

    /** One search turn, waited for 2 s at most: long enough for this test's holders on a busy machine. */
    public static class OneSearchTurn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.search.concurrency", "1", "verbatim.search.turn-wait", "2s");
        }
    }

    @Inject
    LuceneSearch index;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anExportOfASearchIsRefusedBeforeItBeginsAndNeverCutShortOnceBegun() throws Exception {
        // More matches than an export reads at a time: it asks the index twice.
        String word = "slicewait" + Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "x");
        int count = Export.SLICE + 5;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("{\"title\":\"Export in slices %d\",\"language\":\"en\",\"issuer\":{\"name\":\"Slice Office\"},".formatted(i))
                    .append("\"publishedAt\":\"2003-04-05T10:%02d:%02dZ\",\"text\":\"The word %s, once.\"}\n".formatted(i / 60, i % 60, word));
        }
        given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters").contentType("application/x-ndjson")
                .body(lines.toString().getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports")
                .then().statusCode(200).body("failed", equalTo(0));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            HeldSearchTurn first = new HeldSearchTurn(index);
            // Nothing sent yet: refused as any search, and the client may come back for all of it.
            given().queryParam("q", word).when().get("/api/v1/statements/export")
                    .then().statusCode(503)
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:verbatim:problem:unavailable"));

            Future<String> export = threads.submit(() -> given().queryParam("q", word).when().get("/api/v1/statements/export")
                    .then().statusCode(200).extract().asString());
            awaitWaiting(1);
            Future<HeldSearchTurn> second = threads.submit(() -> new HeldSearchTurn(index));
            awaitWaiting(2);
            // First come, first served: the export's first slice has the turn, then the second
            // holder, and the export's next slice waits for it longer than a search may wait.
            first.close();
            try (HeldSearchTurn held = second.get()) {
                awaitWaiting(1);
                Thread.sleep(3000);
            }
            List<JsonNode> exported = ExportTest.lines(export.get());
            assertEquals(count, exported.size(), "every match, once the turn was free");
            assertEquals(count, exported.stream().map(line -> line.get("id").asText()).distinct().count());
        } finally {
            threads.shutdownNow();
        }
    }

    private void awaitWaiting(int searches) throws InterruptedException {
        while (index.waiting() < searches) {
            Thread.sleep(5);
        }
    }
}
