package dev.verbatim.sync;

import static dev.verbatim.Api.given;
import static dev.verbatim.sync.ChangeFeedTest.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client that keeps a copy in sync: a snapshot by export, then only the change feed. After
 * random creates, updates and withdrawals, replaying the feed from the export's cursor gives
 * exactly what a fresh export gives.
 */
@QuarkusTest
class SyncClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random = new Random(20261125);
    private final String issuerName = "Sync Client Office " + UUID.randomUUID();
    private String issuer;

    @Test
    void aSnapshotPlusTheChangeFeedEqualsAFreshExport() throws IOException {
        for (int i = 0; i < 10; i++) {
            create();
        }
        Response snapshot = given().queryParam("issuer", issuer).when().get("/api/v1/statements/export")
                .then().statusCode(200).extract().response();
        Map<String, JsonNode> copy = byId(snapshot.asString());
        String cursor = snapshot.header("Verbatim-Change-Cursor");
        assertEquals(10, copy.size());

        List<String> live = new ArrayList<>(copy.keySet());
        int creates = 0;
        int updates = 0;
        int withdrawals = 0;
        for (int op = 0; op < 50; op++) {
            int kind = live.size() < 3 ? 0 : random.nextInt(3);
            if (kind == 0) {
                live.add(create());
                creates++;
            } else if (kind == 1) {
                update(live.get(random.nextInt(live.size())), op);
                updates++;
            } else {
                String id = live.remove(random.nextInt(live.size()));
                editor().when().delete("/api/v1/statements/" + id).then().statusCode(204);
                withdrawals++;
            }
        }
        assertTrue(creates > 5 && updates > 5 && withdrawals > 5, "each kind of change is exercised");

        replay(copy, cursor);

        Map<String, JsonNode> fresh = byId(given().queryParam("issuer", issuer).when().get("/api/v1/statements/export")
                .then().statusCode(200).extract().asString());
        assertEquals(live.size(), fresh.size());
        assertEquals(fresh, copy);
    }

    /** What a client does: every change after its cursor, fetched again or removed. */
    private void replay(Map<String, JsonNode> copy, String cursor) throws IOException {
        String since = cursor;
        while (true) {
            JsonPath page = given().queryParam("since", since).queryParam("limit", 7).when().get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return;
            }
            for (Map<String, Object> change : items) {
                String id = (String) change.get("id");
                if ("deleted".equals(change.get("kind"))) {
                    copy.remove(id);
                    continue;
                }
                Response current = given().when().get("/api/v1/statements/" + id).then().extract().response();
                if (current.statusCode() == 410) {
                    copy.remove(id);
                } else if (current.statusCode() == 200) {
                    JsonNode statement = JSON.readTree(current.asString());
                    if (statement.get("issuer").get("id").asText().equals(issuer)) {
                        copy.put(id, statement);
                    }
                } else {
                    throw new AssertionError("GET " + id + " answered " + current.statusCode());
                }
            }
            since = page.getString("next");
        }
    }

    private String create() {
        int pairs = random.nextInt(3);
        StringBuilder qa = new StringBuilder();
        for (int n = 0; n < pairs; n++) {
            qa.append(n == 0 ? "" : ", ").append("{\"question\": \"Question %d?\", \"answer\": \"Answer %d.\"}".formatted(n, random.nextInt()));
        }
        String body = """
                {"title": "Sync %d", "language": "en", "issuer": {"name": "%s"}, "publishedAt": "1992-%02d-%02dT08:00:00Z",
                 "text": "Text %d.", "qa": [%s]}
                """.formatted(random.nextInt(1_000_000), issuerName, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(), qa);
        Response created = editor().contentType("application/json").body(body).when().post("/api/v1/statements")
                .then().statusCode(201).extract().response();
        issuer = created.path("issuer.id");
        return created.path("id");
    }

    private void update(String id, int op) {
        Response current = given().when().get("/api/v1/statements/" + id).then().statusCode(200).extract().response();
        String body = """
                {"title": "Sync corrected %d", "language": "en", "issuer": {"name": "%s"}, "publishedAt": "%s",
                 "text": "Corrected text.", "qa": [{"question": "Which?", "answer": "Corrected %d."}]}
                """.formatted(op, issuerName, current.path("publishedAt"), op);
        editor().contentType("application/json").header("If-Match", current.header("ETag")).body(body)
                .when().put("/api/v1/statements/" + id).then().statusCode(200);
    }

    private static Map<String, JsonNode> byId(String ndjson) {
        Map<String, JsonNode> found = new HashMap<>();
        for (JsonNode line : ExportTest.lines(ndjson)) {
            found.put(line.get("id").asText(), line);
        }
        return found;
    }
}
