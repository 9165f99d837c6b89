package dev.verbatim.ingest;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    static String line(String title, String date) {
        return """
                {"title":"%s","language":"de","issuer":{"name":"Bulk Import Test Office"},"publishedAt":"%sT10:00:00+01:00",\
                "timeZone":"Europe/Berlin","text":"","qa":[{"n":1,"question":"Frage?","answer":"Antwort.\\n\\nZweiter Absatz."}]}"""
                .formatted(title, date);
    }

    @Test
    void eachBadLineFailsAloneAndIsReportedWithItsNumber() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < BulkImport.BATCH + 3; i++) {
            lines.add(line("Bulk statement " + i, "1999-03-0" + (1 + i % 9)));
        }
        lines.add(2, "not json at all");
        lines.add(5, "{\"title\":\"No issuer\",\"language\":\"de\",\"publishedAt\":\"1999-03-01T10:00:00Z\"}");
        lines.add(7, "");
        lines.add(9, line("Bad pair numbering", "1999-03-01").replace("\"n\":1", "\"n\":2"));

        ImportReport report = bulk.ndjson(new BufferedReader(new StringReader(String.join("\n", lines))), done -> {
        });

        assertEquals(BulkImport.BATCH + 3, report.imported());
        assertEquals(3, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).startsWith("line 3: not a statement in JSON"), report.failures().get(0));
        assertTrue(report.failures().get(1).startsWith("line 6: "), report.failures().get(1));
        assertTrue(report.failures().get(1).contains("issuer must not be null"), report.failures().get(1));
        assertTrue(report.failures().get(2).startsWith("line 10: qa[0].n: must be 1"), report.failures().get(2));

        given().queryParam("lang", "de").queryParam("from", "1999-03-01").queryParam("to", "1999-03-09")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(BulkImport.BATCH + 3));
        String id = given().queryParam("lang", "de").queryParam("date", "1999-03-01").queryParam("limit", 1)
                .when().get("/api/v1/statements").then().extract().path("items[0].id");
        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200)
                .body("issuer.id", equalTo("bulk-import-test-office"))
                .body("publishedDate", equalTo("1999-03-01"))
                .body("qa[0].answer", equalTo("Antwort.\n\nZweiter Absatz."));
    }
}
