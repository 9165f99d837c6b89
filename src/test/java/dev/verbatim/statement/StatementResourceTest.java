package dev.verbatim.statement;

import static dev.verbatim.Api.given;
import static dev.verbatim.Samples.SEED_TITLE;
import static dev.verbatim.Samples.seedId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read API of statements, as clients use it, on the bundled sample data. */
@QuarkusTest
class StatementResourceTest {


    @Test
    void aNewcomerFindsTheSeedByItsDate() {
        given().queryParam("date", "2022-07-18")
                .when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items.title", hasItem(SEED_TITLE))
                .body("items.find { it.language == 'fr' }.publishedAt", equalTo("2022-07-18T23:14:00+02:00"))
                .body("items.find { it.language == 'fr' }.qaCount", equalTo(1));
    }

    @Test
    void dateFilterUsesTheIssuersLocalDate() {
        // Published 2022-07-18 23:30 in New York, which is 2022-07-19 in UTC.
        given().queryParam("date", "2022-07-18").when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items.publishedAt", hasItem("2022-07-18T23:30:00-04:00"))
                .body("items.publishedDate", everyItem(equalTo("2022-07-18")));
        given().queryParam("date", "2022-07-19").when().get("/api/v1/statements")
                .then().statusCode(200).body("items", empty()).body("total", is(0));
    }

    @Test
    void fromAndToAreBothInclusive() {
        given().queryParam("from", "2019-08-09").queryParam("to", "2019-08-13")
                .when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("total", is(2))
                .body("items.publishedDate", equalTo(List.of("2019-08-13", "2019-08-09")));
    }

    @Test
    void listIsNewestFirstUnlessOldestIsAsked() {
        List<String> newest = publishedAts(given().queryParam("limit", 100));
        List<String> oldest = publishedAts(given().queryParam("limit", 100).queryParam("sort", "oldest"));
        for (int i = 1; i < newest.size(); i++) {
            assertTrue(!OffsetDateTime.parse(newest.get(i)).isAfter(OffsetDateTime.parse(newest.get(i - 1))));
            assertTrue(!OffsetDateTime.parse(oldest.get(i)).isBefore(OffsetDateTime.parse(oldest.get(i - 1))));
        }
        List<String> office = publishedAts(given().queryParam("issuer", "verbatim-sample-office"));
        List<String> reversed = new ArrayList<>(publishedAts(given().queryParam("issuer", "verbatim-sample-office").queryParam("sort", "oldest")));
        java.util.Collections.reverse(reversed);
        assertEquals(5, office.size());
        assertEquals(office, reversed);
    }

    private static List<String> publishedAts(io.restassured.specification.RequestSpecification request) {
        return request.when().get("/api/v1/statements").then().statusCode(200).extract().path("items.publishedAt");
    }

    @Test
    void languageAndIssuerNarrowTheList() {
        // The sample's statements: other tests store theirs before 2000.
        given().queryParam("lang", "zh").queryParam("from", "2000-01-01").when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(4)).body("items.language", everyItem(equalTo("zh")));
        given().queryParam("issuer", "ambassade-de-chine-en-belgique").when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(1)).body("items[0].title", equalTo(SEED_TITLE));
        given().queryParam("lang", "en").queryParam("issuer", "ambassade-de-chine-en-belgique").when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(0)).body("next", nullValue());
    }

    @Test
    void cursorsWalkTheWholeListOnceWithALinkToEachNextPage() {
        int total = given().when().get("/api/v1/statements").then().extract().path("total");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var response = request.when().get("/api/v1/statements").then().statusCode(200)
                    .body("total", is(total)).extract();
            seen.addAll(response.path("items.id"));
            cursor = response.path("next");
            if (cursor != null) {
                assertEquals("</api/v1/statements?limit=3&cursor=" + cursor + ">; rel=\"next\"", response.header("Link"));
            } else {
                assertEquals(null, response.header("Link"));
            }
            pages++;
        } while (cursor != null);
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size());
        assertEquals((total + 2) / 3, pages);
    }

    @Test
    void theSeedIsStructuredAsTheContractShows() {
        String id = seedId();
        JsonPath seed = given().when().get("/api/v1/statements/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(id, seed.getString("id"));
        assertTrue(id.matches("[0-9a-z]{16}"));
        assertTrue(seed.getString("slug").startsWith("declaration-du-porte-parole-de-l-ambassade-de-chine-en-belgique-"));
        assertEquals(SEED_TITLE, seed.getString("title"));
        assertEquals("fr", seed.getString("language"));
        assertEquals("Déclarations et Opinions", seed.getString("category"));
        assertEquals("ambassade-de-chine-en-belgique", seed.getString("issuer.id"));
        assertEquals("Ambassade de Chine en Belgique", seed.getString("issuer.name"));
        assertEquals("2022-07-18T23:14:00+02:00", seed.getString("publishedAt"));
        assertEquals("2022-07-18", seed.getString("publishedDate"));
        assertEquals("Europe/Brussels", seed.getString("timeZone"));
        assertEquals("", seed.getString("text"));
        assertEquals(1, seed.getList("qa").size());
        assertEquals(1, seed.getInt("qa[0].n"));
        assertTrue(seed.getString("qa[0].question").startsWith("Le 18 juillet, le Ministre belge des Affaires étrangères"));
        assertTrue(seed.getString("qa[0].question").endsWith("Quel est votre commentaire à ce sujet ?"));
        String[] paragraphs = seed.getString("qa[0].answer").split("\n\n");
        assertEquals(3, paragraphs.length);
        assertTrue(paragraphs[0].startsWith("Nous avons pris note de la déclaration."));
        assertTrue(paragraphs[1].startsWith("Sur la question de la cybersécurité"));
        assertTrue(paragraphs[2].startsWith("La cybersécurité est un problème mondial"));
        assertTrue(paragraphs[2].endsWith("un cyberespace pacifique, sûr, ouvert et coopératif."));
        assertTrue(!seed.getString("qa[0].answer").contains("Imprimer") && !seed.getString("qa[0].answer").contains("Envoyer"));
        assertEquals(List.of(), seed.getList("translations"));
        assertTrue(seed.getLong("version") >= 0);
    }

    @Test
    void theSlugIsAcceptedWhereTheIdIs() {
        String id = seedId();
        String slug = given().when().get("/api/v1/statements/" + id).then().extract().path("slug");
        given().when().get("/api/v1/statements/" + slug).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void statementsWithTheSameTitleStayDistinct() {
        List<String> slugs = given().queryParam("lang", "zh").queryParam("from", "2019-08-01").queryParam("to", "2019-08-31")
                .when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items.title", everyItem(equalTo("示例部发言人李明就示例港口开放问题答记者问")))
                .body("items", hasSize(2))
                .extract().path("items.slug");
        assertEquals(2, new HashSet<>(slugs).size());
    }

    @Test
    void anUnknownIdIsA404Problem() {
        given().when().get("/api/v1/statements/no-such-statement")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", equalTo("Not found"))
                .body("detail", containsString("no-such-statement"));
    }

    @Test
    void onePairCanBeCitedWithItsStatement() {
        String id = seedId();
        given().when().get("/api/v1/statements/" + id + "/qa/1")
                .then().statusCode(200)
                .body("n", is(1))
                .body("statement.id", equalTo(id))
                .body("statement.title", equalTo(SEED_TITLE))
                .body("statement.publishedAt", equalTo("2022-07-18T23:14:00+02:00"))
                .body("statement.publishedDate", equalTo("2022-07-18"))
                .body("question", startsWith("Le 18 juillet"))
                .body("answer", startsWith("Nous avons pris note"))
                .body("link", equalTo("/api/v1/statements/" + id + "/qa/1"));
    }

    @Test
    void aPairBeyondTheLastIsA404Problem() {
        given().when().get("/api/v1/statements/" + seedId() + "/qa/2")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("1 Q&A pairs"));
        given().when().get("/api/v1/statements/" + seedId() + "/qa/0").then().statusCode(404);
    }

    @Test
    void pairsKeepDocumentOrderAndTheirSpeakers() {
        String id = given().queryParam("date", "2020-04-20").when().get("/api/v1/statements").then().extract().path("items[0].id");
        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200)
                .body("qa", hasSize(11))
                .body("qa.n", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))
                .body("qa[0].askedBy", equalTo("CCTV"))
                .body("qa[0].answeredBy", equalTo("Li Ming"))
                .body("qa[10].askedBy", equalTo("Reuters"));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
            "date   | 2022-02-30  | date   | is not a day of the calendar",
            "date   | 18/07/2022  | date   | YYYY-MM-DD",
            "from   | 2022-13-01  | from   | is not a day of the calendar",
            "to     | yesterday   | to     | YYYY-MM-DD",
            "date   | 1582-10-20  | date   | within the years 1900 to 2100",
            "from   | 1899-12-31  | from   | within the years 1900 to 2100",
            "to     | 2101-01-01  | to     | within the years 1900 to 2100",
            "limit  | 0           | limit  | from 1 to 100",
            "limit  | 101         | limit  | from 1 to 100",
            "limit  | ten         | limit  | from 1 to 100",
            "limit  | 99999999999 | limit  | from 1 to 100",
            "sort   | alphabetic  | sort   | newest, oldest",
            "cursor | not-a-cursor| cursor | not a cursor issued by this API",
            "cursor | MXxuZXdlc3Q | cursor | not a cursor issued by this API",
            "lang   | FR!         | lang   | language code",
            "issuer | Not An Id   | issuer | issuer id",
    })
    void eachInvalidParameterIsNamedInA400Problem(String parameter, String value, String field, String message) {
        given().queryParam(parameter, value)
                .when().get("/api/v1/statements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void fromAfterToIsRefused() {
        given().queryParam("from", "2022-07-19").queryParam("to", "2022-07-18")
                .when().get("/api/v1/statements")
                .then().statusCode(400).body("errors.field", equalTo(List.of("from")));
    }

    @Test
    void aDateWithARangeIsThatDayInsideItAndNothingOutsideIt() {
        given().queryParam("date", "2022-07-18").queryParam("from", "2022-07-01").queryParam("to", "2022-07-31")
                .when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.publishedDate", everyItem(equalTo("2022-07-18")));
        given().queryParam("date", "2022-07-18").queryParam("from", "2022-07-19")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items", empty()).body("total", is(0));
        given().queryParam("date", "2022-07-18").queryParam("to", "2022-07-17")
                .when().get("/api/v1/archive")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void everyInvalidParameterIsReportedAtOnce() {
        given().queryParam("date", "2022-02-30").queryParam("limit", "0").queryParam("sort", "x")
                .when().get("/api/v1/statements")
                .then().statusCode(400).body("errors.field", equalTo(List.of("date", "sort", "limit")));
    }

    @Test
    void aForgedCursorIsRefusedBeforeTheDatabaseSeesIt() {
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1|newest|1|0|ab\u0000cd".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().queryParam("cursor", forged).when().get("/api/v1/statements")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String next = given().queryParam("limit", 1).when().get("/api/v1/statements").then().extract().path("next");
        given().queryParam("cursor", next).queryParam("sort", "oldest")
                .when().get("/api/v1/statements")
                .then().statusCode(400).body("errors[0].message", containsString("sort=newest"));
    }

    @Test
    void unknownParametersAreIgnored() {
        given().queryParam("date", "2022-07-18").queryParam("colour", "blue")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(2));
    }
}
