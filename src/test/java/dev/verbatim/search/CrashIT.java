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
 * kill -9 in the middle of writing. After a restart: every write the server acknowledged is there
 * and whole, nothing is half-stored, and the search index and the change feed agree with the
 * database, each statement findable by its own words, none twice, none missing.
 */
class CrashIT {

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

    @Test
    void everyAcknowledgedStatementSurvivesAKillWholeAndNoneIsHalfStored() throws Exception {
        Path work = Path.of(System.getProperty("verbatim.it.work"));
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "acknowledged-");
        String run = Long.toString(System.nanoTime() % 1_000_000);
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();

        try (PackagedServer server = new PackagedServer(data).start()) {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(CompletableFuture.runAsync(() -> {
                    try {
                        while (true) {
                            int i = sent.incrementAndGet();
                            var response = server.post("/api/v1/statements", "application/json", acknowledgedStatement(run, i)
                                    .getBytes(StandardCharsets.UTF_8));
                            if (response.statusCode() == 201) {
                                acknowledged.add(JSON.readTree(response.body()).get("id").asText() + " " + i);
                            }
                        }
                    } catch (Exception e) {
                        // the connection dies with the server: expected
                    }
                }));
            }
            for (int i = 0; i < 600 && acknowledged.size() < 300; i++) {
                Thread.sleep(50);
            }
            server.kill();
            writers.forEach(writer -> writer.handle((done, failed) -> null).join());
            assertTrue(acknowledged.size() >= 300, "writes were acknowledged before the kill: " + acknowledged.size());
        }

        try (PackagedServer server = new PackagedServer(data).start()) {
            for (String entry : acknowledged) {
                String id = entry.split(" ")[0];
                int i = Integer.parseInt(entry.split(" ")[1]);
                var response = server.get("/api/v1/statements/" + id);
                assertEquals(200, response.statusCode(), "acknowledged statement " + id + " is there");
                JsonNode statement = JSON.readTree(response.body());
                assertEquals("Acknowledged ack" + run + "x" + i, statement.get("title").asText());
                assertEquals(2, statement.get("qa").size(), "both pairs of " + id);
                assertEquals("Second answer " + i + ".", statement.get("qa").get(1).get("answer").asText());
            }
            // Whatever was stored, acknowledged or not, is whole.
            String issuer = JSON.readTree(server.get("/api/v1/statements/" + acknowledged.get(0).split(" ")[0]).body())
                    .get("issuer").get("id").asText();
            String export = server.get("/api/v1/statements/export?issuer=" + issuer).body();
            List<String> stored = new ArrayList<>();
            for (String line : export.split("\n")) {
                JsonNode statement = JSON.readTree(line);
                assertEquals(2, statement.get("qa").size(), "no statement is half-stored");
                stored.add(statement.get("id").asText());
            }
            assertTrue(stored.size() >= acknowledged.size() && stored.size() <= sent.get());
            assertEquals(stored.size(), total(server, "/api/v1/statements?issuer=" + issuer + "&q=ackcommon" + run),
                    "search agrees with the database");
            java.util.Set<String> created = new java.util.HashSet<>();
            String since = null;
            while (true) {
                JsonNode page = JSON.readTree(server.get("/api/v1/changes?limit=1000" + (since == null ? "" : "&since=" + since)).body());
                if (page.get("items").isEmpty()) {
                    break;
                }
                page.get("items").forEach(change -> created.add(change.get("id").asText()));
                since = page.get("next").asText();
            }
            assertTrue(created.containsAll(stored), "the change feed has every stored statement");
        }
    }

    private static String acknowledgedStatement(String run, int i) {
        return """
                {"title":"Acknowledged ack%sx%d","language":"en","issuer":{"name":"Acknowledged Office %s"},                "publishedAt":"1993-%02d-%02dT10:00:00Z","timeZone":"UTC","text":"ackcommon%s and a body of text.",                "qa":[{"question":"First question?","answer":"First answer."},{"question":"Second?","answer":"Second answer %d."}]}
                """.formatted(run, i, run, 1 + i % 12, 1 + i % 28, run, i);
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
