package dev.verbatim.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Samples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web pages: their statuses, headers and what they must show, without a browser. */
@QuarkusTest
class WebPagesTest {

    private static final String HTML = "text/html;charset=UTF-8";
    private static final String EDITOR_KEY = "test-admin-key-of-at-least-32-characters";

    static RequestSpecification page() {
        return given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }

    static String seedSlug() {
        return given().when().get("/api/v1/statements/" + Samples.seedId()).then().statusCode(200).extract().path("slug");
    }

    /** A new statement of its own issuer, through the API; returns its JSON as created. */
    static JsonNode create(String issuer, String title, String publishedAt) throws Exception {
        return create(issuer, title, publishedAt, "Un texte.");
    }

    static JsonNode create(String issuer, String title, String publishedAt, String text) throws Exception {
        String body = """
                {"title": "%s", "language": "fr", "issuer": {"name": "%s"}, "publishedAt": "%s", "timeZone": "Europe/Paris",
                 "text": "%s", "qa": [{"question": "Une question ?", "answer": "Une réponse.", "askedBy": "AFP"}]}
                """.formatted(title, issuer, publishedAt, text);
        String created = given().header("Authorization", "Bearer " + EDITOR_KEY).contentType("application/json").body(body)
                .when().post("/api/v1/statements").then().statusCode(201).extract().asString();
        return new ObjectMapper().readTree(created);
    }

    @Test
    void theHomePageListsTheNewestStatementsUnderASearchForm() {
        page().when().get("/").then().statusCode(200).contentType(HTML)
                .header("ETag", startsWith("W/\""))
                .header("Cache-Control", containsString("max-age="))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<form class=\"search\" role=\"search\" action=\"/\" method=\"get\""))
                .body(containsString("Newest statements"))
                .body(containsString("<details class=\"filters\" open>"))
                .body(containsString("Narrow the results"));
    }

    @Test
    void aSearchShowsTheMatchesWithHighlightsAndFacetLinksThatNarrowIt() throws Exception {
        // A word of its own, so that what other tests store never matches.
        String word = "tessiture" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        create("Search Page Office " + UUID.randomUUID(), "Sur la recherche", "2005-06-07T10:00:00+02:00",
                "Un texte qui parle de " + word + " et de rien d'autre.");
        page().queryParam("q", word).when().get("/").then().statusCode(200)
                .body(containsString("1 statement matches"))
                .body(containsString("<mark>" + word + "</mark>"))
                .body(containsString("href=\"/?q=" + word + "&amp;lang=fr\""))
                .body(containsString("href=\"/?q=" + word + "&amp;from=2005-01-01&amp;to=2005-12-31\""))
                .body(containsString("<meta name=\"robots\" content=\"noindex, follow\">"));
        page().queryParam("q", word).queryParam("date", "2005-06-07").queryParam("lang", "fr").when().get("/").then()
                .statusCode(200)
                .body(containsString("1 statement matches"))
                .body(containsString("<details class=\"filters\">"))
                .body(containsString("<span class=\"chosen\">7 June 2005 · French (français)</span>"));
    }

    @Test
    void theBlankFieldsOfTheFormAreLeftOutOfTheUrlToShare() {
        page().when().get("/?q=sanctions&date=&from=&to=&lang=&issuer=").then().statusCode(302)
                .header("Location", endsWith("/?q=sanctions"));
    }

    @Test
    void aHostileSearchIsAFriendlyPageNeverAFailure() {
        page().queryParam("q", "-").when().get("/").then().statusCode(400).contentType(HTML)
                .header("Cache-Control", "no-store")
                .body(containsString("<code>q</code>"));
        page().queryParam("q", "x".repeat(600)).when().get("/").then().statusCode(400).contentType(HTML);
        page().queryParam("q", "<script>alert(1)</script>").when().get("/").then().statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        page().queryParam("date", "2022-02-30").when().get("/").then().statusCode(400).body(containsString("<code>date</code>"));
        page().queryParam("cursor", "forged").when().get("/").then().statusCode(400).body(containsString("<code>cursor</code>"));
    }

    @Test
    void aDayListsItsStatementsInEachIssuersLocalCalendarWithTheDaysAround() {
        page().when().get("/2022/07/18").then().statusCode(200).contentType(HTML)
                .body(containsString("Statements of Monday 18 July 2022"))
                .body(containsString("Sample statement: a late-evening briefing in New York"))
                .body(containsString("18 July 2022, 23:30 EDT"))
                .body(containsString("Ambassade de Chine en Belgique"))
                .body(containsString("<span class=\"speaker\" lang=\"fr\">porte-parole</span>"))
                .body(containsString("rel=\"prev\""))
                .body(containsString("href=\"/2022/07\""));
    }

    @Test
    void anImpossibleDayIsA400PageAndAnUnknownPathA404Page() {
        page().when().get("/2022/02/30").then().statusCode(400).contentType(HTML).body(containsString("2022-02-30"));
        page().when().get("/1899/12/31").then().statusCode(400).contentType(HTML).body(containsString("1900 to 2100"));
        page().when().get("/2022/13").then().statusCode(400).contentType(HTML);
        page().when().get("/no/such/page").then().statusCode(404).contentType(HTML).body(containsString("Nothing here"));
        page().when().get("/issuers/no-such-issuer").then().statusCode(404).contentType(HTML);
        page().when().get("/statements/no-such-statement").then().statusCode(404).contentType(HTML)
                .body(containsString("no-such-statement"));
    }

    @Test
    void theApisErrorsStayProblemJson() {
        page().when().get("/api/v1/nowhere").then().statusCode(404).contentType("application/problem+json");
        page().when().get("/api/v1/statements/no-such-statement").then().statusCode(404).contentType("application/problem+json");
        page().queryParam("date", "2022-02-30").when().get("/api/v1/statements").then().statusCode(400)
                .contentType("application/problem+json").header("Content-Security-Policy", nullValue());
    }

    @Test
    void aStatementPageCarriesItsTextPairsCitationsAndCard() throws Exception {
        String slug = seedSlug();
        String body = page().when().get("/statements/" + slug).then().statusCode(200).contentType(HTML)
                .header("ETag", startsWith("W/\""))
                .body(containsString("<h1 lang=\"fr\">Déclaration du porte-parole"))
                .body(containsString("<meta property=\"og:type\" content=\"article\">"))
                .body(containsString("<meta property=\"og:url\" content=\"http://localhost:"))
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:"))
                .body(containsString("<meta name=\"description\" content=\""))
                .body(containsString("id=\"q1\""))
                .body(containsString("href=\"#q1\""))
                .body(containsString("/statements/" + slug + "#q1</textarea>"))
                .body(containsString("Europe/Brussels"))
                .extract().asString();
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(body);
        assertTrue(script.find(), "JSON-LD is there");
        JsonNode article = new ObjectMapper().readTree(script.group(1));
        assertEquals("https://schema.org", article.get("@context").asText());
        assertEquals("Article", article.get("@type").asText());
        assertEquals("fr", article.get("inLanguage").asText());
        assertTrue(article.get("headline").asText().startsWith("Déclaration du porte-parole"));
        assertTrue(article.get("url").asText().endsWith("/statements/" + slug));
    }

    @Test
    void theRawTextIsLinkedWhereAStatementWasImportedAndOnlyThere() throws Exception {
        page().when().get("/statements/" + seedSlug()).then().statusCode(200)
                .body(containsString("<a href=\"/api/v1/statements/" + Samples.seedId() + "/source\">the raw text imported</a>"));
        JsonNode typed = create("Typing Office " + UUID.randomUUID(), "Saisie à la main", "2001-02-04T10:00:00+01:00");
        page().when().get("/statements/" + typed.get("slug").asText()).then().statusCode(200)
                .body(not(containsString("the raw text imported")));
    }

    @Test
    void aStatementAskedByIdIsSentToItsPermalink() {
        String id = Samples.seedId();
        page().when().get("/statements/" + id).then().statusCode(301).header("Location", endsWith("/statements/" + seedSlug()));
    }

    @Test
    void aWithdrawnStatementIsA410PageThatSaysWhen() throws Exception {
        JsonNode created = create("Withdrawing Office " + UUID.randomUUID(), "Bientôt retirée", "2001-02-03T10:00:00+01:00");
        String slug = created.get("slug").asText();
        page().when().get("/statements/" + slug).then().statusCode(200).body(containsString("asked by <span lang=\"fr\">AFP</span>"));
        given().header("Authorization", "Bearer " + EDITOR_KEY).when().delete("/api/v1/statements/" + created.get("id").asText())
                .then().statusCode(204);
        page().when().get("/statements/" + slug).then().statusCode(410).contentType(HTML)
                .body(containsString("This statement was withdrawn"))
                .body(containsString("was withdrawn at 20"));
    }

    @Test
    void pagesAreConditionalAndCompressed() {
        String etag = page().when().get("/archive").then().statusCode(200).extract().header("ETag");
        page().header("If-None-Match", etag).when().get("/archive").then().statusCode(304);
        page().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").when().get("/archive").then().statusCode(200)
                .header("Content-Encoding", "gzip");
        page().when().get("/archive").then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void theArchiveMonthsAndIssuersAreListedWithCounts() throws Exception {
        String name = "Chart Office " + UUID.randomUUID();
        String issuer = create(name, "Pour le graphique", "2003-04-05T10:00:00+02:00").get("issuer").get("id").asText();
        page().when().get("/archive").then().statusCode(200).body(containsString("href=\"/2022/07\""));
        page().when().get("/2022/07").then().statusCode(200).body(containsString("href=\"/2022/07/18\""));
        page().when().get("/issuers").then().statusCode(200).body(containsString("href=\"/issuers/" + issuer + "\""))
                .body(containsString(name + "</a> <span class=\"count\">1 statements, dated in"));
        page().when().get("/issuers/" + issuer).then().statusCode(200)
                .body(containsString("<p class=\"lead\">1 statement, dated in"))
                .body(containsString("<svg"))
                .body(containsString("<title>April 2003: 1</title>"))
                .body(containsString("href=\"/?from=2003-04-01&amp;to=2003-04-30&amp;issuer=" + issuer + "\""));
    }

    @Test
    void theSitemapIndexesAYearlySitemapOfStatementPages() {
        page().when().get("/sitemap.xml").then().statusCode(200).contentType(startsWith("application/xml"))
                .body(containsString("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
                .body(containsString("/sitemap/2022.xml</loc>"));
        page().when().get("/sitemap/2022.xml").then().statusCode(200)
                .body(containsString("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
                .body(containsString("/statements/" + seedSlug() + "</loc>"));
        page().when().get("/sitemap/1899.xml").then().statusCode(404).contentType(HTML);
    }
}
