package dev.verbatim.ingest;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.search.IndexSync;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Importing statements given as JSON lines: good lines are stored, each bad one fails alone. */
@QuarkusTest
class BulkImportTest {

    @Inject
    BulkImport bulk;

    @Inject
    IndexSync index;

    static String line(String title, String date) {
        return """
                {"title":"%s","language":"de","issuer":{"name":"Bulk Import Test Office"},"publishedAt":"%sT10:00:00+01:00",\
                "timeZone":"Europe/Berlin","text":"","qa":[{"n":1,"question":"Frage?","answer":"Antwort.\\n\\nZweiter Absatz."}]}"""
                .formatted(title, date);
    }

    @Test
    void eachBadLineFailsAloneAndIsReportedWithItsNumber() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(line("Bulk statement " + i, "1999-03-0" + (1 + i % 9)));
        }
        lines.add(2, "not json at all");
        lines.add(5, "{\"title\":\"No issuer\",\"language\":\"de\",\"publishedAt\":\"1999-03-01T10:00:00Z\"}");
        lines.add(7, "");
        lines.add(9, line("Bad pair numbering", "1999-03-01").replace("\"n\":1", "\"n\":2"));
        lines.add(line("Bulk statement 0", "1999-03-01"));

        BatchReport report = bulk.ndjson(new BufferedReader(new StringReader(String.join("\n", lines))), false, done -> {
        });

        assertEquals(12, report.created());
        assertEquals(1, report.unchanged(), "the same line again changes nothing");
        assertEquals(3, report.failed());
        var failures = report.items().stream().filter(line -> line.problem() != null).toList();
        assertEquals(3, failures.get(0).line());
        assertEquals(400, failures.get(0).status());
        assertTrue(failures.get(0).problem().detail().startsWith("Not a statement in JSON"), failures.get(0).problem().detail());
        assertEquals(6, failures.get(1).line());
        assertEquals(422, failures.get(1).status());
        assertTrue(failures.get(1).problem().errors().stream().anyMatch(e -> e.field().equals("issuer")), failures.get(1).toString());
        assertEquals(10, failures.get(2).line());
        assertEquals("qa[0].n", failures.get(2).problem().errors().get(0).field());

        given().queryParam("lang", "de").queryParam("from", "1999-03-01").queryParam("to", "1999-03-09")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(12));
        String id = given().queryParam("lang", "de").queryParam("date", "1999-03-01").queryParam("limit", 1)
                .when().get("/api/v1/statements").then().extract().path("items[0].id");
        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200)
                .body("issuer.id", equalTo("bulk-import-test-office"))
                .body("publishedDate", equalTo("1999-03-01"))
                .body("qa[0].answer", equalTo("Antwort.\n\nZweiter Absatz."));
    }

    @Test
    void aBulkLoadIsSearchableInItsLastVersionsAsSoonAsItReturns() throws Exception {
        // More lines than one transaction takes: batches are indexed while the next are stored.
        List<String> lines = new ArrayList<>();
        // The last batch long enough to be still indexing when its transaction has committed.
        String longAnswer = "Antwort.\\n\\n" + "Die Lage im Hafen bleibt ruhig und wird beobachtet. ".repeat(2000);
        for (int i = 0; i < 2 * BulkImport.BATCH + 40; i++) {
            String line = line("Harbourmaster circular " + i, "1998-04-0" + (1 + i % 9));
            lines.add(i < 2 * BulkImport.BATCH ? line : line.replace("Antwort.", longAnswer));
        }
        String source = ",\"source\":{\"url\":\"https://example.org/bulk/renamed\"}}";
        lines.set(3, line("Lighthousekeeper circular", "1998-04-01").replaceFirst("}$", source));
        // The same source, changed, in a later batch: the statement is updated, and the index follows.
        lines.add(line("Foghornkeeper circular", "1998-04-01").replaceFirst("}$", source));
        long documents = index.status().documents();

        BatchReport report = bulk.ndjson(new BufferedReader(new StringReader(String.join("\n", lines))), false, done -> {
        });

        assertEquals(2 * BulkImport.BATCH + 40, report.created());
        assertEquals(1, report.updated());
        assertEquals(documents + 2 * report.created(), index.status().documents(), "a statement and its one pair each, already");
        given().queryParam("q", "harbourmaster").when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(2 * BulkImport.BATCH + 39));
        given().queryParam("q", "foghornkeeper").when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(1));
        given().queryParam("q", "lighthousekeeper").when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(0));
    }
}
