package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a bulk import: after a restart, the search index holds exactly the
 * statements the database holds, each findable by its own words, none twice, none missing.
 */
class IndexCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STATEMENTS = 3000;

    @Test
    void afterAKillDuringABulkImportSearchAgreesWithTheDatabase() throws Exception {
        Path work = Path.of(System.getProperty("verbatim.it.work"));
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "crash-");
        String run = Long.toString(System.nanoTime() % 1_000_000);
        String issuer = "crash-test-office-" + run;

        try (PackagedServer server = new PackagedServer(data).start()) {
            byte[] batch = statements(run).getBytes(StandardCharsets.UTF_8);
            CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> {
                try {
                    server.post("/api/v1/imports", "application/x-ndjson", batch);
                } catch (Exception e) {
                    // the connection dies with the server: expected
                }
            });
            long stored = 0;
            for (int i = 0; i < 600 && stored < 500; i++) {
                Thread.sleep(50);
                stored = total(server, "/api/v1/statements?issuer=" + issuer);
            }
            server.kill();
            importing.handle((done, failed) -> null).join();
            assertTrue(stored >= 500, "the import had stored statements before the kill: " + stored);
        }

        try (PackagedServer server = new PackagedServer(data).start()) {
            long inDatabase = total(server, "/api/v1/statements?issuer=" + issuer);
            assertTrue(inDatabase > 0 && inDatabase < STATEMENTS, "killed in the middle: " + inDatabase);
            assertEquals(inDatabase, total(server, "/api/v1/statements?issuer=" + issuer + "&q=crashcommon" + run));
            assertEquals(inDatabase, total(server, "/api/v1/qa?issuer=" + issuer + "&q=second&in=question"),
                    "the second pair of every stored statement, and no other");
            for (String id : someIds(server, issuer)) {
                JsonNode statement = JSON.readTree(server.get("/api/v1/statements/" + id).body());
                String word = statement.get("title").asText().split(" ")[1];
                JsonNode found = JSON.readTree(server.get("/api/v1/statements?q=" + word).body());
                assertEquals(1, found.get("total").asLong(), word);
                assertEquals(id, found.get("items").get(0).get("id").asText());
            }
        }
    }

    private static String statements(String run) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < STATEMENTS; i++) {
            lines.append("""
                    {"title":"Statement crash%sx%d on crashcommon%s","language":"en","issuer":{"name":"Crash Test Office %s"},\
                    "publishedAt":"1993-%02d-%02dT10:00:00Z","timeZone":"UTC","text":"A body of text, long enough to take its time.",\
                    "qa":[{"question":"First question?","answer":"First answer."},{"question":"Second?","answer":"Second."}]}
                    """.formatted(run, i, run, run, 1 + i % 12, 1 + i % 28));
        }
        return lines.toString();
    }

    private static long total(PackagedServer server, String path) throws Exception {
        var response = server.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("total").asLong();
    }

    private static List<String> someIds(PackagedServer server, String issuer) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(server.get("/api/v1/statements?limit=25&issuer=" + issuer).body()).get("items")
                .forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
