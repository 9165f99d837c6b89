package dev.verbatim.search;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/qa: search down to the one Q&A pair that says it, ready to cite. */
@QuarkusTest
class QaResourceTest {

    @BeforeEach
    void corpus() {
        SearchCorpus.load();
    }

    private static ValidatableResponse qa(String q, Object... more) {
        return SearchCorpus.search("/api/v1/qa", q, more);
    }

    @Test
    void eachHitIsOnePairWithItsStatementAndALinkToCiteIt() {
        var hit = qa("détectée").body("total", is(1))
                .body("items[0].n", is(2))
                .body("items[0].question", equalTo("Une cyberattaque a-t-elle visé le ministère ?"))
                .body("items[0].answer", equalTo("Aucune cyberattaque n'a été détectée."))
                .body("items[0].statement.title", equalTo("Conférence de presse du porte-parole"))
                .body("items[0].statement.publishedDate", equalTo("1995-03-02"))
                .body("items[0].statement.publishedAt", equalTo("1995-03-02T10:00:00+01:00"))
                .body("items[0].highlights[0]", containsString("<mark>détectée</mark>"))
                .extract();
        String id = hit.path("items[0].statement.id");
        String link = hit.path("items[0].link");
        org.junit.jupiter.api.Assertions.assertEquals("/api/v1/statements/" + id + "/qa/2", link);
        given().when().get(link).then().statusCode(200).body("answer", equalTo("Aucune cyberattaque n'a été détectée."));
    }

    @Test
    void onlyThePairsThatMatchAreHits() {
        qa("cyberattaque").body("total", is(2))
                .body("items.n", containsInAnyOrder(1, 2))
                .body("items.question", containsInAnyOrder("Que pensez-vous des cyberattaques récentes ?",
                        "Une cyberattaque a-t-elle visé le ministère ?"));
        qa("commerce").body("items.n", contains(1)).body("items.answer", contains("Le commerce bilatéral progresse."));
    }

    @Test
    void inNarrowsTheSearchToQuestionsOrAnswers() {
        qa("summit", "in", "question").body("total", is(1));
        qa("summit", "in", "answer").body("total", is(0));
        qa("minister", "in", "answer").body("items.statement.title", contains("Remarks on climate cooperation"));
        qa("minister", "in", "question").body("total", is(0));
        given().queryParam("q", "x").queryParam("in", "title").queryParam("limit", 0).when().get("/api/v1/qa")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("in", "limit"));
    }

    @Test
    void chinesePairsAreFound() {
        qa("网络攻击").body("total", is(1)).body("items[0].answer", equalTo("中方坚决反对一切形式的网络攻击。"))
                .body("items[0].highlights[0]", containsString("<mark>"));
    }

    @Test
    void pairsCanBeListedByDateAndPaged() {
        var first = qa("cyberattaque OR climate", "sort", "newest", "limit", 2).body("total", is(4))
                .body("items.statement.publishedDate", contains("1996-05-11", "1996-05-10")).extract();
        qa("cyberattaque OR climate", "sort", "newest", "limit", 2, "cursor", first.path("next"))
                .body("items.statement.publishedDate", contains("1995-03-02", "1995-03-01"));
        qa("cyberattaque", "sort", "oldest").body("items.statement.publishedDate", contains("1995-03-01", "1995-03-02"));
    }

    @Test
    void pairsOfOneStatementComeInTheirOrderWhenListedByDate() {
        given().queryParam("issuer", SearchCorpus.ISSUER).queryParam("date", "1995-03-02").when().get("/api/v1/qa")
                .then().statusCode(200).body("items.n", contains(1, 2)).body("items", everyItem(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("highlights"))));
    }

    @Test
    void facetsCountPairs() {
        qa("cyberattaque OR climate", "facets", true).body("facets.year.value", contains("1996", "1995"))
                .body("facets.language.value", hasItem("fr"));
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("q", "-").when().get("/api/v1/qa")
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("q"));
        given().queryParam("sort", "relevance").when().get("/api/v1/qa")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("cursor", "garbage").queryParam("q", "x").when().get("/api/v1/qa")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
