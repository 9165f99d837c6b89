package dev.verbatim.search;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** q on the statement list: words, phrases, exclusions, languages, relevance, filters, paging, highlights, facets. */
@QuarkusTest
class StatementSearchTest {

    @BeforeEach
    void corpus() {
        SearchCorpus.load();
    }

    private static ValidatableResponse search(String q, Object... more) {
        return SearchCorpus.search("/api/v1/statements", q, more);
    }

    @Test
    void wordsMatchWithoutAccentsOrCase() {
        search("securite").body("items.title", contains("Déclaration sur la sécurité des réseaux"));
        search("SÉCURITÉ RÉSEAUX").body("items.title", contains("Déclaration sur la sécurité des réseaux"));
    }

    @Test
    void frenchWordsMatchTheirOtherForms() {
        search("cyberattaque").body("total", is(2))
                .body("items.title", containsInAnyOrder("Déclaration sur la sécurité des réseaux", "Conférence de presse du porte-parole"));
        search("cyberattaques").body("total", is(2));
    }

    @Test
    void englishWordsMatchTheirOtherForms() {
        search("summits").body("items.title", contains("Remarks on climate cooperation"));
        search("talk").body("items.title", contains("Press conference on trade and climate"));
    }

    @Test
    void everyWordMustMatch() {
        search("climate cooperation").body("items.title", contains("Remarks on climate cooperation"));
        search("climate nonexistentword").body("total", is(0)).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void quotedPhrasesMatchAsWrittenAndNeverAcrossAQuestionAndItsAnswer() {
        search("\"trade talks\"").body("items.title", contains("Press conference on trade and climate"));
        search("\"continue talks\"").body("total", is(0));
        search("\"talks trade\"").body("total", is(0)).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aMinusExcludesAWord() {
        search("climate -trade").body("items.title", contains("Remarks on climate cooperation"));
        search("-climate", "lang", "en").body("items.title", not(hasItem("Remarks on climate cooperation")))
                .body("items.title", hasItem("Statement on maritime security"));
    }

    @Test
    void orMatchesEitherWord() {
        search("summit OR fisheries").body("total", is(2))
                .body("items.title", containsInAnyOrder("Remarks on climate cooperation", "Remarks on fisheries"));
        search("(summit | fisheries) -law").body("items.title", contains("Remarks on climate cooperation"));
    }

    @Test
    void chineseWordsAreFoundInsideUnsegmentedText() {
        search("网络攻击").body("items.title", contains("外交部发言人就网络攻击问题答记者问"));
        search("攻击").body("items.title", contains("外交部发言人就网络攻击问题答记者问"));
        search("反对").body("items.language", contains("zh"));
    }

    @Test
    void bestMatchComesFirst() {
        search("maritime security").body("total", is(2))
                .body("items.title", contains("Statement on maritime security", "Remarks on fisheries"));
    }

    @Test
    void summariesCarryHighlightsWithTheMatchMarked() {
        search("cooperation").body("items[0].title", equalTo("Remarks on climate cooperation"))
                .body("items[0].highlights[0]", containsString("<mark>cooperation</mark>"));
        search("securite").body("items[0].highlights", hasItem(containsString("<mark>sécurité</mark>")));
        given().queryParam("issuer", SearchCorpus.ISSUER).when().get("/api/v1/statements")
                .then().statusCode(200).body("items[0]", not(org.hamcrest.Matchers.hasKey("highlights")));
    }

    @Test
    void aPhraseIsMarkedWordByWordWhereItsWordsStandTogetherOnly() {
        search("\"trade talks\"").body("items[0].highlights", hasItem(containsString("the <mark>trade</mark> <mark>talks</mark>?")))
                .body("items[0].highlights", hasItem(containsString("<mark>Trade</mark> <mark>talks</mark> continue")))
                .body("items[0].highlights", org.hamcrest.Matchers.everyItem(not(containsString("on <mark>trade</mark> and"))));
    }

    @Test
    void highlightsComeFromAnywhereInALongTranscript() {
        StringBuilder pairs = new StringBuilder();
        for (int n = 1; n <= 80; n++) {
            pairs.append(n == 1 ? "" : ",").append("{\"question\":\"Question %d on the weather and the harvest?\",".formatted(n))
                    .append("\"answer\":\"%s\"}".formatted(n == 80 ? "The breakwaterkeeper answered last." : "Rain, then sun, then rain again. ".repeat(8)));
        }
        String line = """
                {"title":"A long press conference","language":"en","issuer":{"name":"Long Transcript Ministry"},\
                "publishedAt":"2020-05-04T10:00:00Z","qa":[%s]}""".formatted(pairs);
        given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters").contentType("application/x-ndjson")
                .body(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/imports").then().statusCode(200).body("failed", is(0));

        given().queryParam("q", "breakwaterkeeper").when().get("/api/v1/statements").then().statusCode(200)
                .body("items.title", contains("A long press conference"))
                .body("items[0].highlights", contains(containsString("<mark>breakwaterkeeper</mark>")));
    }

    @Test
    void filtersCombineWithTheSearch() {
        search("climate", "from", "1996-05-11").body("items.title", contains("Press conference on trade and climate"));
        search("climate", "date", "1996-05-10").body("items.title", contains("Remarks on climate cooperation"));
        search("cyberattaque", "lang", "en").body("total", is(0));
        search("climate", "lang", "en", "to", "1996-05-10").body("total", is(1));
        given().queryParam("q", "cyberattaques").queryParam("issuer", "no-such-issuer").when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void searchResultsCanBeSortedByDate() {
        search("climate", "sort", "newest").body("items.title",
                contains("Press conference on trade and climate", "Remarks on climate cooperation"));
        search("climate", "sort", "oldest").body("items.title",
                contains("Remarks on climate cooperation", "Press conference on trade and climate"));
    }

    @Test
    void pagesFollowOneAnotherByCursorInEveryOrder() {
        for (String sort : new String[] { "relevance", "newest", "oldest" }) {
            var first = search("maritime OR climate", "limit", 2, "sort", sort).body("total", is(4)).extract();
            String next = first.path("next");
            var second = search("maritime OR climate", "limit", 2, "sort", sort, "cursor", next).body("items.size()", is(2)).extract();
            String firstPage0 = first.path("items[0].id");
            String firstPage1 = first.path("items[1].id");
            String secondPage0 = second.path("items[0].id");
            assertNotEquals(firstPage0, secondPage0, sort);
            assertNotEquals(firstPage1, secondPage0, sort);
            assertNull(second.path("next"), "the second page is the last");
        }
    }

    @Test
    void facetsCountTheMatchesByYearLanguageAndIssuer() {
        search("climate OR cyberattaque", "facets", true)
                .body("facets.year.value", contains("1996", "1995"))
                .body("facets.year.count", contains(2, 2))
                .body("facets.language.value", containsInAnyOrder("en", "fr"))
                .body("facets.issuer[0].value", equalTo(SearchCorpus.ISSUER))
                .body("facets.issuer[0].count", is(4));
        given().queryParam("issuer", SearchCorpus.ISSUER).queryParam("facets", true).when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(7)).body("facets.language[0].value", equalTo("en"))
                .body("facets.language[0].count", is(4));
        search("climate").body("facets", nullValue());
    }

    @Test
    void theArchiveCountsOnlyWhatMatches() {
        given().queryParam("issuer", SearchCorpus.ISSUER).queryParam("q", "climate").when().get("/api/v1/archive")
                .then().statusCode(200).body("total", is(2)).body("years[0].year", is(1996))
                .body("years[0].months[0].days.date", contains("1996-05-11", "1996-05-10"));
    }

    @Test
    void relevanceNeedsASearch() {
        given().queryParam("sort", "relevance").when().get("/api/v1/statements")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("sort"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"unbalanced quote", "title:*", "a~", "/regex/", "*leading", "?ecurity", "security~2",
            "((((climate", "climate)))", "\"\"", "+climate", "climate AND OR NOT", "a\\", "<script>", "' OR 1=1 --", "%",
            "title:(a OR b)", "{!lucene}x", "[a TO z]", "climate^10", "*:*" })
    void luceneSyntaxIsTakenAsPlainWords(String q) {
        given().queryParam("q", q).when().get("/api/v1/statements")
                .then().statusCode(org.hamcrest.Matchers.either(is(200)).or(is(400)))
                .contentType(org.hamcrest.Matchers.either(startsWith("application/json")).or(startsWith("application/problem+json")));
        given().queryParam("q", q).when().get("/api/v1/qa")
                .then().statusCode(org.hamcrest.Matchers.either(is(200)).or(is(400)));
    }

    @Test
    void aStarAfterThreeLettersOrMoreFindsTheWordsThatStartSoAsTheUserTypes() {
        search("clim*").body("total", is(2)).body("items[0].highlights[0]", containsString("<mark>"));
        search("cyberatt*").body("items.title",
                containsInAnyOrder("Déclaration sur la sécurité des réseaux", "Conférence de presse du porte-parole"));
        search("cyberattaques*").body("total", is(2));
        search("CLIMATE coop*").body("items.title", contains("Remarks on climate cooperation"));
        search("sécu*", "lang", "fr").body("items.title", contains("Déclaration sur la sécurité des réseaux"));
        search("cl*").body("total", is(0));
        search("*mate").body("total", is(0));
        search("\"unbalanced climate").body("total", notNullValue());
    }

    @Test
    void theWordsAStarStoodForAreMarkedInEveryForm() {
        search("clim*", "lang", "en").body("items.highlights.flatten()", hasItem(containsString("<mark>climate</mark>")));
        search("cyberatt*").body("items.highlights.flatten()", hasItem(containsString("<mark>cyberattaques</mark>")))
                .body("items.highlights.flatten()", hasItem(containsString("<mark>cyberattaque</mark>")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-", "\"\"", "!!!", "   ", "*", "*:*", "()" })
    void aQueryWithoutAnyWordIsRefused(String q) {
        given().queryParam("q", q).when().get("/api/v1/statements")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }

    @Test
    void aQueryOverFiveHundredCharactersIsRefused() {
        given().queryParam("q", "word ".repeat(2000)).when().get("/api/v1/statements")
                .then().statusCode(400).body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("500"));
        given().queryParam("q", "mot ".repeat(124)).when().get("/api/v1/statements").then().statusCode(200);
    }

    @Test
    void manyWordsAreAnsweredOrRefusedButNeverFail() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; q.length() < 490; i++) {
            q.append(i % 2 == 0 ? "w" : "-x").append(i).append(i % 3 == 0 ? " OR " : " ");
        }
        given().queryParam("q", q.toString().strip()).when().get("/api/v1/statements")
                .then().statusCode(org.hamcrest.Matchers.either(is(200)).or(is(400)));
    }

    @Test
    void facetsMustBeTrueOrFalse() {
        given().queryParam("facets", "yes").when().get("/api/v1/statements")
                .then().statusCode(400).body("errors[0].field", equalTo("facets"));
    }

    @Test
    void everyHitIsAStoredStatement() {
        search("climate").body("items.issuer.id", everyItem(equalTo(SearchCorpus.ISSUER)))
                .body("items.qaCount", everyItem(is(1)));
    }
}
