package dev.verbatim.sync;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** GET /api/v1/changes: every create, update and withdrawal, in an order a client resumes from. */
@QuarkusTest
class ChangeFeedTest {

    static RequestSpecification editor() {
        return given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters");
    }

    static String statement(String issuer, String title) {
        return """
                {"title": "%s", "language": "en", "issuer": {"name": "%s"}, "publishedAt": "1997-05-06T09:00:00Z",
                 "qa": [{"question": "Q?", "answer": "A."}]}
                """.formatted(title, issuer);
    }

    /** The cursor after every change so far. */
    static String end() {
        String since = null;
        while (true) {
            var request = given().queryParam("limit", 1000);
            if (since != null) {
                request.queryParam("since", since);
            }
            JsonPath page = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return page.getString("next");
            }
            since = page.getString("next");
        }
    }

    @Test
    void aCreateAnUpdateAndAWithdrawalAppearInOrder() {
        String since = end();
        String issuer = "Feed Test Office " + UUID.randomUUID();
        var created = editor().contentType("application/json").body(statement(issuer, "First words"))
                .when().post("/api/v1/statements").then().statusCode(201).extract().response();
        String id = created.path("id");
        editor().contentType("application/json").header("If-Match", created.header("ETag")).body(statement(issuer, "Second words"))
                .when().put("/api/v1/statements/" + id).then().statusCode(200);
        editor().when().delete("/api/v1/statements/" + id).then().statusCode(204);

        JsonPath page = given().queryParam("since", since).when().get("/api/v1/changes")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.kind", equalTo(List.of("created", "updated", "deleted")))
                .body("items.id", equalTo(List.of(id, id, id)))
                .body("items.version", equalTo(List.of(0, 1, 2)))
                .extract().jsonPath();
        assertEquals(page.getString("items[2].cursor"), page.getString("next"));

        // Resuming from the middle gives what follows, and the end of the feed gives nothing but itself.
        given().queryParam("since", page.getString("items[0].cursor")).when().get("/api/v1/changes")
                .then().statusCode(200).body("items.kind", equalTo(List.of("updated", "deleted")));
        given().queryParam("since", page.getString("next")).when().get("/api/v1/changes")
                .then().statusCode(200).body("items", hasSize(0)).body("next", equalTo(page.getString("next")));
    }

    @Test
    void aReimportedChangedPageIsAnUpdate() {
        String since = end();
        String url = "https://example.org/feed/" + UUID.randomUUID();
        String page = "Feed Test Office statement on the rivers\n\n1997-05-07 10:00\n\nThe rivers are %s.\n";
        String id = editor().contentType("text/plain").queryParam("sourceUrl", url).body(page.formatted("high"))
                .when().post("/api/v1/imports").then().statusCode(201).extract().path("id");
        editor().contentType("text/plain").queryParam("sourceUrl", url).body(page.formatted("low"))
                .when().post("/api/v1/imports").then().statusCode(200);
        editor().contentType("text/plain").queryParam("sourceUrl", url).body(page.formatted("low"))
                .when().post("/api/v1/imports").then().statusCode(200);
        given().queryParam("since", since).when().get("/api/v1/changes")
                .then().statusCode(200)
                .body("items.kind", equalTo(List.of("created", "updated")))
                .body("items.id", equalTo(List.of(id, id)));
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeat() {
        String since = end();
        String issuer = "Feed Test Office " + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(editor().contentType("application/json").body(statement(issuer, "Words " + i))
                    .when().post("/api/v1/statements").then().statusCode(201).extract().path("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = since;
        for (int i = 0; i < 4; i++) {
            JsonPath page = given().queryParam("since", cursor).queryParam("limit", 2).when().get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        }
        assertEquals(ids, seen);
    }

    /**
     * Eight writers at once while a client polls the feed: what the client collected page by page,
     * resuming each time from the stored next, is exactly the whole feed read afterwards.
     */
    @Test
    void aClientPollingDuringConcurrentWritesMissesNothing() throws Exception {
        String since = end();
        String issuer = "Feed Test Office " + UUID.randomUUID();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writes.add(writers.submit(() -> {
                for (int i = 0; i < 6; i++) {
                    var created = editor().contentType("application/json").body(statement(issuer, "Words " + writer + "." + i))
                            .when().post("/api/v1/statements").then().statusCode(201).extract().response();
                    if (i % 2 == 0) {
                        editor().contentType("application/json").header("If-Match", created.header("ETag"))
                                .body(statement(issuer, "Words corrected " + writer + "." + i))
                                .when().put("/api/v1/statements/" + created.path("id")).then().statusCode(200);
                    }
                    if (i % 3 == 0) {
                        editor().when().delete("/api/v1/statements/" + created.path("id")).then().statusCode(204);
                    }
                }
                return null;
            }));
        }
        writers.shutdown();
        List<String> polled = new ArrayList<>();
        String cursor = since;
        while (!writers.isTerminated() || !page(cursor).getList("items").isEmpty()) {
            JsonPath page = page(cursor);
            polled.addAll(page.getList("items.cursor"));
            cursor = page.getString("next");
        }
        for (Future<?> write : writes) {
            write.get();
        }
        List<String> whole = new ArrayList<>();
        String all = since;
        for (JsonPath page = page(all); !page.getList("items").isEmpty(); page = page(all)) {
            whole.addAll(page.getList("items.cursor"));
            all = page.getString("next");
        }
        assertEquals(8 * (6 + 3 + 2), whole.size());
        assertEquals(whole, polled);
    }

    private static JsonPath page(String since) {
        return given().queryParam("since", since).queryParam("limit", 7).when().get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("since", "not-a-cursor").when().get("/api/v1/changes")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("since"));
        given().queryParam("limit", 1001).when().get("/api/v1/changes")
                .then().statusCode(400).body("errors[0].field", is("limit"));
        given().queryParam("limit", 0).when().get("/api/v1/changes")
                .then().statusCode(400).body("errors[0].field", is("limit"));
    }
}
