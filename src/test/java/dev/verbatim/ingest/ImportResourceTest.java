package dev.verbatim.ingest;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/v1/imports: raw pages in, structured statements out, once, and nothing stored on error. */
@QuarkusTest
class ImportResourceTest {

    static RequestSpecification editor() {
        return given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters");
    }

    /** A page of its own for each test, so that tests never see each other's statements. */
    static String page(String marker) {
        return """
                Home > Press and Media Service > Spokesperson's Remarks
                Test Ministry Spokesperson Li Ming's Regular Press Conference on November 29, 1995

                Opening remarks %s.

                Q: (AFP) First question %s?

                A: First answer.

                It has a second paragraph.

                Follow-up: And the follow-up?

                A: Follow-up answer.

                Suggest to a friend
                Print
                """.formatted(marker, marker);
    }

    @Test
    void aPageIsStoredAndAnswered201WithItsLocation() {
        String marker = UUID.randomUUID().toString();
        String id = editor().contentType("text/plain; charset=UTF-8").body(page(marker))
                .queryParam("sourceUrl", "https://example.org/" + marker)
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/statements/"))
                .header("Verbatim-Time-Zone-Source", equalTo("issuer"))
                .body("title", equalTo("Test Ministry Spokesperson Li Ming's Regular Press Conference on November 29, 1995"))
                .body("category", equalTo("Spokesperson's Remarks"))
                .body("language", equalTo("en"))
                .body("issuer.name", equalTo("Test Ministry"))
                .body("speaker.name", equalTo("Li Ming"))
                .body("speaker.role", equalTo("Spokesperson"))
                .body("publishedAt", equalTo("1995-11-29T00:00:00+08:00"))
                .body("publishedDate", equalTo("1995-11-29"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("text", equalTo("Opening remarks " + marker + "."))
                .body("qa", hasSize(2))
                .body("qa[0].askedBy", equalTo("AFP"))
                .body("qa[0].question", equalTo("First question " + marker + "?"))
                .body("qa[0].answer", equalTo("First answer.\n\nIt has a second paragraph."))
                .body("qa[1].question", equalTo("And the follow-up?"))
                .body("source.url", equalTo("https://example.org/" + marker))
                .body("version", is(0))
                .extract().path("id");
        String location = given().when().get("/api/v1/statements/" + id).then().statusCode(200).extract().path("id");
        assertEquals(id, location);
    }

    @Test
    void theSameBytesAgainAnswer200WithTheStatementAlreadyStored() {
        String body = page(UUID.randomUUID().toString());
        String id = editor().contentType("text/plain").body(body).when().post("/api/v1/imports")
                .then().statusCode(201).extract().path("id");
        editor().contentType("text/plain").body(body).when().post("/api/v1/imports")
                .then().statusCode(200).body("id", equalTo(id)).body("version", is(0));
    }

    @Test
    void aChangedPageFromTheSameSourceUpdatesItsStatementAndBumpsTheVersion() {
        String marker = UUID.randomUUID().toString();
        String url = "https://example.org/changing/" + marker;
        String id = editor().contentType("text/plain").body(page(marker)).queryParam("sourceUrl", url)
                .when().post("/api/v1/imports").then().statusCode(201).extract().path("id");
        editor().contentType("text/plain").body(page(marker).replace("First answer.", "First answer, corrected."))
                .queryParam("sourceUrl", url)
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("version", is(1))
                .body("qa[0].answer", equalTo("First answer, corrected.\n\nIt has a second paragraph."));
        given().when().get("/api/v1/statements/" + id).then().body("version", is(1))
                .body("qa[0].answer", startsWith("First answer, corrected."));
    }

    @Test
    void theRawSourceIsServedBackByteForByte() {
        byte[] raw = (page(UUID.randomUUID().toString()).replace("\n", "\r\n") + "\u00a0").getBytes(StandardCharsets.UTF_8);
        String id = editor().contentType("text/plain; charset=UTF-8").body(raw).when().post("/api/v1/imports")
                .then().statusCode(201).extract().path("id");
        byte[] served = given().when().get("/api/v1/statements/" + id + "/source")
                .then().statusCode(200).contentType(containsString("text/plain")).extract().asByteArray();
        assertArrayEquals(raw, served);
    }

    @Test
    void aDryRunParsesAndStoresNothing() {
        String marker = UUID.randomUUID().toString();
        editor().contentType("text/plain").body(page(marker)).queryParam("dryRun", "true")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("id", nullValue())
                .body("text", equalTo("Opening remarks " + marker + "."));
        editor().contentType("text/plain").body(page(marker)).when().post("/api/v1/imports").then().statusCode(201);
    }

    @Test
    void anHtmlPageIsImported() {
        // The sample's page, moved to an issuer and a year of its own.
        editor().contentType("text/html; charset=UTF-8").body(HtmlPageTest.PAGE.replace("cyberattaques</h1>",
                "cyberattaques " + UUID.randomUUID() + "</h1>").replace("2022-07-18", "1994-07-18")
                .replace("l'Ambassade de Chine en Belgique", "l'Ambassade de Test"))
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .header("Verbatim-Time-Zone-Source", equalTo("issuer"))
                .body("category", equalTo("Déclarations et Opinions"))
                .body("issuer.name", equalTo("Ambassade de Test"))
                .body("publishedAt", equalTo("1994-07-18T23:14:00+02:00"))
                .body("qa[0].answer", startsWith("Nous avons pris note"));
    }

    @Test
    void theTimeZoneParameterDatesAPageThatCarriesNone() {
        editor().contentType("text/plain").body("Statement of the Unknown Office " + UUID.randomUUID() + "\n1996-07-18 23:14\n\nWe note it.\n")
                .queryParam("timeZone", "America/New_York")
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .header("Verbatim-Time-Zone-Source", equalTo("parameter"))
                .body("publishedAt", equalTo("1996-07-18T23:14:00-04:00"))
                .body("publishedDate", equalTo("1996-07-18"));
        editor().contentType("text/plain").body("Statement of nobody known " + UUID.randomUUID() + "\n1996-07-18 23:14\n\nWe note it.\n")
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .header("Verbatim-Time-Zone-Source", equalTo("default"))
                .body("publishedAt", equalTo("1996-07-18T23:14:00Z"));
    }

    static final String FRENCH_EMBASSY = """
            Déclaration du porte-parole de l'Ambassade de Chine en France au sujet des propos d'un député
            2024-07-07 14:31

            Q : Quel est votre commentaire ?
            R : Nous les rejetons fermement.
            """;

    @Test
    void aPageOfAnEmbassyInFranceIsDatedInParisWhenNothingSaysOtherwise() {
        editor().contentType("text/plain").body(FRENCH_EMBASSY).queryParam("dryRun", "true")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .header("Verbatim-Time-Zone-Source", equalTo("issuer-location"))
                .body("issuer.name", equalTo("Ambassade de Chine en France"))
                .body("publishedAt", equalTo("2024-07-07T14:31:00+02:00"))
                .body("timeZone", equalTo("Europe/Paris"));
        editor().contentType("text/plain").body(FRENCH_EMBASSY).queryParam("dryRun", "true").queryParam("timeZone", "Asia/Shanghai")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .header("Verbatim-Time-Zone-Source", equalTo("parameter"))
                .body("publishedAt", equalTo("2024-07-07T14:31:00+08:00"));
        editor().contentType("text/plain").body(FRENCH_EMBASSY.replace("2024-07-07 14:31", "2024-07-07T14:31+01:00"))
                .queryParam("dryRun", "true")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .header("Verbatim-Time-Zone-Source", equalTo("page"))
                .body("publishedAt", equalTo("2024-07-07T14:31:00+01:00"));
    }

    @Test
    void anImportSaysWhereItFoundTitleDateZoneAndPairsAndWhatLooksDoubtful() {
        String page = """
                中文 | English
                分享到：
                Déclaration du porte-parole de l'Ambassade de Chine en France au sujet des propos d'un député
                Publié le 2024-07-07 14:31

                Q : Quel est votre commentaire ?
                Q : Et sur la visite prévue ?
                R : Nous les rejetons fermement.
                Imprimer
                """;
        editor().contentType("text/plain").body(page).queryParam("dryRun", "true")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("diagnostics.title.line", is(3))
                .body("diagnostics.title.value", startsWith("Déclaration du porte-parole"))
                .body("diagnostics.date.line", is(4))
                .body("diagnostics.date.value", equalTo("2024-07-07 14:31"))
                .body("diagnostics.date.rule", equalTo("date line after a label (Publié le)"))
                .body("diagnostics.zone.zone", equalTo("Europe/Paris"))
                .body("diagnostics.zone.source", equalTo("issuer-location"))
                .body("diagnostics.zone.rule", containsString("France (FR)"))
                .body("diagnostics.language.value", equalTo("fr"))
                .body("diagnostics.markers.marker", equalTo(List.of("Q", "R")))
                .body("diagnostics.markers.kind", equalTo(List.of("question", "answer")))
                .body("diagnostics.markers.count", equalTo(List.of(2, 1)))
                .body("diagnostics.furnitureLines", is(3))
                .body("diagnostics.warnings.code", equalTo(List.of("empty-answer")))
                .body("diagnostics.warnings[0].line", is(6));
        String html = HtmlPageTest.PAGE.replace("cyberattaques</h1>", "cyberattaques " + UUID.randomUUID() + "</h1>")
                .replace("2022-07-18", "1993-07-18").replace("l'Ambassade de Chine en Belgique", "l'Ambassade de Test");
        editor().contentType("text/html; charset=UTF-8").body(html)
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .body("diagnostics.title.element", equalTo("h1"))
                .body("diagnostics.date.element", equalTo("meta[name=PubDate]"))
                .body("diagnostics.zone.source", equalTo("issuer"))
                .body("diagnostics.warnings", hasSize(0));
    }

    @Test
    void aPageWithoutTitleOrDateIs422NamingWhatIsMissingUnlessParametersSupplyIt() {
        String body = "Q: Is there a title " + UUID.randomUUID() + "?\n\nA: No.\n";
        editor().contentType("text/plain").body(body)
                .when().post("/api/v1/imports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title", "publishedAt")));
        editor().contentType("text/plain").body(body)
                .queryParam("title", "Supplied title").queryParam("publishedAt", "1997-05-06T10:00").queryParam("timeZone", "Europe/Paris")
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .body("title", equalTo("Supplied title"))
                .body("publishedAt", equalTo("1997-05-06T10:00:00+02:00"));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        int before = given().when().get("/api/v1/statements").then().extract().path("total");
        editor().contentType("text/plain").body(new byte[] { 'a', 0, 1, 2, 3 }).when().post("/api/v1/imports")
                .then().statusCode(415).contentType("application/problem+json");
        editor().contentType("text/plain; charset=UTF-8").body(new byte[] { 'T', (byte) 0xe9, 't', (byte) 0xe9, '\n' })
                .when().post("/api/v1/imports")
                .then().statusCode(400).body("detail", containsString("not valid UTF-8"));
        editor().header("Content-Type", "text/plain; charset=no-such-charset").body(new byte[] { 'x' }).when().post("/api/v1/imports")
                .then().statusCode(415);
        editor().contentType("application/json").body("{}").when().post("/api/v1/imports")
                .then().statusCode(415).contentType("application/problem+json");
        editor().contentType("text/plain").body(page("x")).queryParam("timeZone", "Mars/Olympus").when().post("/api/v1/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        editor().contentType("text/plain").body(page("x")).queryParam("dryRun", "maybe").when().post("/api/v1/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        editor().contentType("text/plain").body(new byte[10 * 1024 * 1024 + 1]).when().post("/api/v1/imports")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("imports take"));
        // Beyond what the HTTP layer reads at all (12 MiB in tests), refused before the body is read.
        editor().contentType("text/plain").body(new byte[13 * 1024 * 1024]).when().post("/api/v1/imports")
                .then().statusCode(413).contentType("application/problem+json").body("status", is(413));
        given().when().get("/api/v1/statements").then().body("total", is(before));
    }

    @Test
    void aBatchLongerThanOneRequestTakesIsRefusedWholeBeforeAnythingIsStored() {
        String marker = UUID.randomUUID().toString();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= 10_000; i++) {
            body.append("{\"title\":\"Long batch ").append(marker).append(' ').append(i)
                    .append("\",\"language\":\"en\",\"issuer\":{\"name\":\"Long Batch Office\"},\"publishedAt\":\"1991-01-01T00:00:00Z\"}\n");
        }
        editor().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports")
                .then().statusCode(413).body("detail", containsString("10001 lines"));
        given().queryParam("issuer", "long-batch-office").when().get("/api/v1/statements").then().body("total", is(0));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}={1} is refused")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "language    | French!           ",
            "timeZone    | Mars/Olympus      ",
            "publishedAt | yesterday         ",
            "publishedAt | 2022-02-30T10:00  ",
            "publishedAt | 1582-10-10T10:00  ",
            "timeZone    | +02:00            ",
            "sourceUrl   | not an address    ",
            "sourceUrl   | ftp://example.org/x",
            "dryRun      | maybe             ",
    })
    void eachInvalidParameterIsNamedInA400EvenWhenThePageWouldDo(String parameter, String value) {
        editor().contentType("text/plain").body(page(UUID.randomUUID().toString())).queryParam(parameter, value)
                .when().post("/api/v1/imports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(parameter)));
    }

    @Test
    void aLanguageTagOfUpTo35CharactersOverridesDetectionAndALongerOneIsNamed() {
        String marker = UUID.randomUUID().toString();
        editor().contentType("text/plain").body(page(marker)).queryParam("language", "en-GB-oxendict-x-private1")
                .when().post("/api/v1/imports")
                .then().statusCode(201).body("language", equalTo("en-GB-oxendict-x-private1"));
        editor().contentType("text/plain").body(page(marker)).queryParam("language", "en-GB-oxendict-x-private1-private2-more")
                .when().post("/api/v1/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
    }

    @Test
    void importsNeedAnEditorKey() {
        given().contentType("text/plain").body(page("x")).when().post("/api/v1/imports")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"verbatim\""))
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong-key").contentType("text/plain").body(page("x")).when().post("/api/v1/imports")
                .then().statusCode(401).body("detail", containsString("unknown or revoked"));
    }

    @Test
    void aBatchOfJsonLinesIsReportedLineByLine() {
        String marker = UUID.randomUUID().toString();
        String good = """
                {"title":"Batch %s","language":"en","issuer":{"name":"Batch Office"},"publishedAt":"2001-02-03T04:05:00Z","qa":[{"question":"Q?","answer":"A."}]}"""
                .formatted(marker);
        String body = good + "\n{\"title\":\"no date\",\"language\":\"en\",\"issuer\":{\"name\":\"Batch Office\"}}\nnot json\n" + good + "\n";
        editor().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("created", is(1))
                .body("unchanged", is(1))
                .body("failed", is(2))
                .body("items.line", equalTo(List.of(1, 2, 3, 4)))
                .body("items.result", equalTo(List.of("created", "failed", "failed", "unchanged")))
                .body("items.status", equalTo(List.of(201, 422, 400, 200)))
                .body("items[1].problem.errors[0].field", equalTo("publishedAt"));
        given().queryParam("issuer", "batch-office").queryParam("date", "2001-02-03").when().get("/api/v1/statements")
                .then().body("total", is(1));
    }
}
