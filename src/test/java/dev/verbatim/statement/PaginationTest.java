package dev.verbatim.statement;

import static dev.verbatim.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyset cursors: what a client walking the list sees while statements are being added. */
@QuarkusTest
class PaginationTest {

    static final String ISSUER = "pagination-test-office";

    @Inject
    StatementStore store;

    @Test
    void aCursorNeitherRepeatsNorSkipsWhileStatementsAreAdded() {
        for (int day = 10; day <= 15; day++) {
            add("Original " + day, "1998-01-" + day);
        }
        var first = given().queryParam("issuer", ISSUER).queryParam("limit", 2).when().get("/api/v1/statements")
                .then().statusCode(200).extract();
        List<String> seen = new ArrayList<>(first.path("items.title"));
        assertEquals(List.of("Original 15", "Original 14"), seen);

        add("Newer, added meanwhile", "1998-01-20");
        add("Older, added meanwhile", "1998-01-01");

        String cursor = first.path("next");
        while (cursor != null) {
            var page = given().queryParam("issuer", ISSUER).queryParam("limit", 2).queryParam("cursor", cursor)
                    .when().get("/api/v1/statements").then().statusCode(200).extract();
            seen.addAll(page.path("items.title"));
            cursor = page.path("next");
        }
        assertEquals(List.of("Original 15", "Original 14", "Original 13", "Original 12", "Original 11", "Original 10",
                "Older, added meanwhile"), seen);
    }

    private void add(String title, String date) {
        var input = new StatementInput(title, "en", null, new StatementInput.IssuerInput(ISSUER, "Pagination Test Office"), null,
                OffsetDateTime.parse(date + "T12:00:00Z"), "UTC", "", List.of(), null, null);
        QuarkusTransaction.requiringNew().run(() -> store.store(new Submission.New(input)));
    }
}
