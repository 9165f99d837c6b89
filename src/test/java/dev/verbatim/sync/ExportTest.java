package dev.verbatim.sync;

import static dev.verbatim.Api.given;
import static dev.verbatim.sync.ChangeFeedTest.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** GET /api/v1/statements/export: every matching statement, streamed as NDJSON or CSV. */
@QuarkusTest
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String TRICKY_ANSWER = "He said \"no\", twice; then:\n\nline two, with a comma\r\nand a CRLF.";

    /** Three statements of a new issuer: two pairs (one answer full of CSV traps), none, one. Returns the issuer's id. */
    static String issuerWithThree(String name) {
        String first = """
                {"title": "Export one", "language": "en", "issuer": {"name": "%s"}, "publishedAt": "1996-03-01T10:00:00+01:00",
                 "text": "An opening, with \\"quotes\\".",
                 "qa": [{"question": "First?", "answer": %s}, {"question": "Second?", "answer": "Short."}]}
                """.formatted(name, quote(TRICKY_ANSWER));
        String second = """
                {"title": "Export two, a declaration", "language": "fr", "issuer": {"name": "%s"},
                 "publishedAt": "1996-03-02T10:00:00+01:00", "text": "Une déclaration sans questions."}
                """.formatted(name);
        String third = """
                {"title": "Export three", "language": "en", "issuer": {"name": "%s"}, "publishedAt": "1996-03-03T10:00:00+01:00",
                 "qa": [{"question": "Third?", "answer": "Yes."}]}
                """.formatted(name);
        String issuer = null;
        for (String body : List.of(first, second, third)) {
            issuer = editor().contentType("application/json").body(body).when().post("/api/v1/statements")
                    .then().statusCode(201).extract().path("issuer.id");
        }
        return issuer;
    }

    static List<JsonNode> lines(String ndjson) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isEmpty()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return lines;
    }

    @Test
    void ndjsonGivesEachMatchingStatementWholeOnALineNewestFirst() throws IOException {
        String issuer = issuerWithThree("Export Office " + UUID.randomUUID());
        Response response = given().queryParam("issuer", issuer).queryParam("format", "ndjson")
                .when().get("/api/v1/statements/export")
                .then().statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"verbatim-statements-\\d{4}-\\d{2}-\\d{2}\\.ndjson\""))
                .header("Verbatim-Change-Cursor", notNullValue())
                .header("ETag", notNullValue())
                .extract().response();
        List<JsonNode> lines = lines(response.asString());
        assertEquals(List.of("Export three", "Export two, a declaration", "Export one"), lines.stream().map(l -> l.get("title").asText()).toList());
        for (JsonNode line : lines) {
            String one = given().when().get("/api/v1/statements/" + line.get("id").asText()).then().statusCode(200).extract().asString();
            assertEquals(JSON.readTree(one), line, "an exported line is the statement as GET serves it");
        }
        assertEquals(TRICKY_ANSWER, lines.get(2).get("qa").get(0).get("answer").asText());
    }

    @Test
    void csvHasOneRowPerPairWithRfc4180Quoting() throws IOException {
        String issuer = issuerWithThree("Export Csv Office " + UUID.randomUUID());
        Response response = given().queryParam("issuer", issuer).queryParam("format", "csv").queryParam("sort", "oldest")
                .when().get("/api/v1/statements/export")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv\""))
                .extract().response();
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("id,slug,title,language,category,issuer.id,issuer.name,speaker.name,speaker.role,publishedAt,"
                + "publishedDate,timeZone,text,qa.n,qa.question,qa.answer,qa.askedBy,qa.answeredBy,source.url,source.retrievedAt,"
                + "translations,version,createdAt,updatedAt\r\n"), "a header row, lines ended by CRLF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        assertEquals(4, rows.size(), "two pairs, a declaration without pairs, one pair");
        assertEquals(List.of("Export one", "Export one", "Export two, a declaration", "Export three"),
                rows.stream().map(r -> r.get("title")).toList());
        assertEquals(List.of("1", "2", "", "1"), rows.stream().map(r -> r.get("qa.n")).toList());
        assertEquals(TRICKY_ANSWER, rows.get(0).get("qa.answer"), "quotes, commas and line breaks survive");
        assertEquals("An opening, with \"quotes\".", rows.get(0).get("text"));
        assertEquals(java.time.Instant.parse("1996-03-01T09:00:00Z"), java.time.OffsetDateTime.parse(rows.get(0).get("publishedAt")).toInstant());
        assertEquals("1996-03-02", rows.get(2).get("publishedDate"));
        assertEquals(issuer, rows.get(3).get("issuer.id"));
    }

    @Test
    void filtersAndSearchNarrowTheExportAndWithdrawnStatementsLeaveIt() {
        String issuer = issuerWithThree("Export Filter Office " + UUID.randomUUID());
        assertEquals(List.of("Export two, a declaration"), titles(given().queryParam("issuer", issuer).queryParam("lang", "fr")));
        assertEquals(List.of("Export two, a declaration"), titles(given().queryParam("issuer", issuer).queryParam("date", "1996-03-02")));
        assertEquals(List.of("Export three", "Export two, a declaration"),
                titles(given().queryParam("issuer", issuer).queryParam("from", "1996-03-02").queryParam("to", "1996-03-03")));
        assertEquals(List.of("Export one"), titles(given().queryParam("issuer", issuer).queryParam("q", "twice")));

        String three = given().queryParam("issuer", issuer).queryParam("q", "third").when().get("/api/v1/statements")
                .then().statusCode(200).extract().path("items[0].id");
        editor().when().delete("/api/v1/statements/" + three).then().statusCode(204);
        assertEquals(List.of("Export two, a declaration", "Export one"), titles(given().queryParam("issuer", issuer)));
    }

    @Test
    void aLargeExportComesWholeAcrossSlicesInOrder() {
        String issuer = "Export Bulk Office " + UUID.randomUUID();
        int count = 2 * Export.SLICE + 7;
        String one = """
                {"title": "Bulk %d", "language": "en", "issuer": {"name": "%s"}, "publishedAt": "1995-01-01T00:00:00Z"}
                """;
        String issuerId = editor().contentType("application/json").body(one.formatted(0, issuer))
                .when().post("/api/v1/statements").then().statusCode(201).extract().path("issuer.id");
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i < count; i++) {
            batch.append(one.formatted(i, issuer).strip()).append('\n');
        }
        editor().contentType("application/x-ndjson").body(batch.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports").then().statusCode(200);
        List<JsonNode> lines = lines(given().queryParam("issuer", issuerId).when().get("/api/v1/statements/export")
                .then().statusCode(200).extract().asString());
        assertEquals(count, lines.size());
        assertEquals(count, new HashSet<>(lines.stream().map(l -> l.get("id").asText()).toList()).size(), "no statement twice");
        // One instant for all: the id breaks the tie, and the order holds across slices.
        List<String> ids = lines.stream().map(l -> l.get("id").asText()).toList();
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, ids);
    }

    @Test
    void anUnchangedExportIsNotSentAgain() {
        String etag = given().when().get("/api/v1/statements/export?format=csv&date=1990-01-01").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/statements/export?format=csv&date=1990-01-01")
                .then().statusCode(304);
        issuerWithThree("Export Etag Office " + UUID.randomUUID());
        given().header("If-None-Match", etag).when().get("/api/v1/statements/export?format=csv&date=1990-01-01")
                .then().statusCode(200);
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("format", "xml").when().get("/api/v1/statements/export")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("format"));
        given().queryParam("from", "yesterday").when().get("/api/v1/statements/export")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
        given().queryParam("sort", "relevance").when().get("/api/v1/statements/export")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    private static List<String> titles(io.restassured.specification.RequestSpecification request) {
        return lines(request.when().get("/api/v1/statements/export").then().statusCode(200).extract().asString())
                .stream().map(l -> l.get("title").asText()).toList();
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
