package dev.verbatim.statement;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST, PUT and DELETE /api/v1/statements: editors create, correct and withdraw, never over a change unseen. */
@QuarkusTest
public class StatementEditTest {

    public static RequestSpecification editor() {
        return given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters");
    }

    /** A statement of its own issuer, so that no other test sees it. */
    public static String statement(String issuer, String title, String date) {
        return """
                {
                  "title": "%s",
                  "language": "en",
                  "category": "Statements",
                  "issuer": { "name": "%s" },
                  "publishedAt": "%sT10:30:00+01:00",
                  "timeZone": "Europe/Paris",
                  "text": "Opening paragraph.",
                  "qa": [
                    { "question": "First question?", "answer": "First answer.\\n\\nSecond paragraph." },
                    { "question": "Second question?", "answer": "Second answer." }
                  ],
                  "source": { "url": "https://example.org/%s" }
                }
                """.formatted(title, issuer, date, UUID.randomUUID());
    }

    public static Response create(String issuer, String title, String date) {
        return editor().contentType("application/json").body(statement(issuer, title, date))
                .when().post("/api/v1/statements")
                .then().statusCode(201).extract().response();
    }

    @Test
    void aValueOfTheWrongKindIsA422NamingItsFieldWithoutJavaNames() {
        String body = statement("Kind Test Ministry " + UUID.randomUUID(), "Remarks", "1996-03-05")
                .replace("\"publishedAt\": \"1996-03-05T10:30:00+01:00\"", "\"publishedAt\": \"yesterday\"");
        editor().contentType("application/json").body(body).when().post("/api/v1/statements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedAt"))
                .body("errors[0].message", containsString("must be a date-time"))
                .body(not(containsString("java")));
        editor().contentType("application/json").body("{\"title\": \"x\", \"qa\": [{\"question\": []}]}")
                .when().post("/api/v1/statements")
                .then().statusCode(422).body("errors[0].field", equalTo("qa[0].question"))
                .body("errors[0].message", equalTo("must be a string"))
                .body(not(containsString("java")));
        editor().contentType("application/json").body("{\"title\": ").when().post("/api/v1/statements")
                .then().statusCode(400).body("detail", containsString("malformed JSON (line 1"));
    }

    @ParameterizedTest(name = "{0} is a 422 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "\"title\": 12345                        | title",
            "\"title\": true                         | title",
            "\"issuer\": { \"name\": true }          | issuer.name",
            "\"issuer\": \"Ministry\"                | issuer",
            "\"qa\": [{ \"n\": \"1\", \"question\": \"Q?\", \"answer\": \"A.\" }] | qa[0].n",
            "\"qa\": [{ \"n\": 1.5, \"question\": \"Q?\", \"answer\": \"A.\" }]  | qa[0].n",
            "\"qa\": { \"question\": \"Q?\" }        | qa",
            "\"summary\": \"an unknown field\"        | summary",
            "\"speaker\": { \"nickname\": \"Li\" }    | speaker.nickname" })
    void aFieldOfAnotherJsonTypeOrUnknownToTheContractIsNamedAndNothingIsStored(String field, String named) {
        String issuer = "Strict Test Ministry " + UUID.randomUUID();
        String body = statement(issuer, "Strict remarks", "1996-03-05");
        String key = field.substring(0, field.indexOf(':'));
        // In place of the field of the same name where the statement has one on a line, else of its category.
        body = body.contains("  " + key + ": \"") ? body.replaceFirst(java.util.regex.Pattern.quote(key) + ": \"[^\"]*\"", field)
                : body.replace("\"category\": \"Statements\",", field + ",");
        editor().contentType("application/json").body(body).when().post("/api/v1/statements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem(named));
        given().when().get("/api/v1/issuers")
                .then().statusCode(200).body("items.name", not(hasItem(issuer)));
    }

    @Test
    void aBodyThatIsNotUtf8OrSaysNotWhatItIsIsRefused() throws java.io.IOException {
        byte[] latin1 = statement("Encoding Test Ministry " + UUID.randomUUID(), "Déclaration", "1996-03-05")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        editor().contentType("application/json").body(latin1).when().post("/api/v1/statements")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));
        byte[] json = statement("Encoding Test Ministry " + UUID.randomUUID(), "Remarks", "1996-03-05")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("POST /api/v1/statements HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer test-admin-key-of-at-least-32-characters\r\nContent-Length: " + json.length + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(json);
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 415") && answer.contains("application/problem+json"),
                    answer);
        }
    }

    @Test
    void aKeyGivenTwiceOrContentAfterTheStatementIs400() {
        String body = statement("Twice Test Ministry " + UUID.randomUUID(), "Remarks", "1996-03-05");
        editor().contentType("application/json").body(body.replace("\"category\": \"Statements\",",
                "\"title\": \"Another title\",")).when().post("/api/v1/statements")
                .then().statusCode(400).contentType("application/problem+json");
        editor().contentType("application/json").body(body + " {}").when().post("/api/v1/statements")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void withoutATimeZoneTheOffsetGivenIsKept() {
        String body = statement("Offset Test Ministry " + UUID.randomUUID(), "Late remarks", "1996-03-05")
                .replace("T10:30:00+01:00", "T23:30:00-05:00").replace("\"timeZone\": \"Europe/Paris\",", "");
        editor().contentType("application/json").body(body).when().post("/api/v1/statements")
                .then().statusCode(201)
                .body("publishedAt", equalTo("1996-03-05T23:30:00-05:00"))
                .body("publishedDate", equalTo("1996-03-05"))
                .body("timeZone", equalTo("Etc/GMT+5"));
    }

    @ParameterizedTest(name = "published at {0}, in zone {1}: 422 naming {2}")
    @CsvSource(delimiter = '|', value = {
            "+999999999-12-31T23:59:59Z | Europe/Paris | publishedAt",
            "1582-10-10T10:30:00+01:00  | Europe/Paris | publishedAt",
            "1899-12-31T10:30:00+01:00  | Europe/Paris | publishedAt",
            "2101-01-01T10:30:00+01:00  | Europe/Paris | publishedAt",
            "1996-03-05T10:30:00+01:00  | Mars/Olympus | timeZone",
            "1996-03-05T10:30:00+01:00  | +01:00       | timeZone",
            "1996-03-05T10:30:00+01:00  | Z            | timeZone" })
    void anInstantOutsideTheYears1900To2100OrAZoneThatIsNoIanaZoneIs422(String publishedAt, String zone, String field) {
        String issuer = "Range Test Ministry " + UUID.randomUUID();
        String body = statement(issuer, "Remarks out of range", "1996-03-05")
                .replace("\"1996-03-05T10:30:00+01:00\"", "\"" + publishedAt + "\"")
                .replace("\"Europe/Paris\"", "\"" + zone + "\"");
        editor().contentType("application/json").body(body).when().post("/api/v1/statements")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field));
        given().when().get("/api/v1/issuers").then().statusCode(200).body("items.name", not(hasItem(issuer)));
    }

    @Test
    void withoutATimeZoneAStatementTakesItsIssuersOrTheOffsetsIanaZoneOrIsAskedForOne() {
        String issuer = "Zone Test Ministry " + UUID.randomUUID();
        String utc = statement(issuer, "Remarks at noon UTC", "1996-03-05").replace("T10:30:00+01:00", "T12:00:00Z")
                .replace("\"timeZone\": \"Europe/Paris\",", "");
        editor().contentType("application/json").body(utc).when().post("/api/v1/statements")
                .then().statusCode(201).body("timeZone", equalTo("UTC"));
        String india = statement("Zone Test Embassy " + UUID.randomUUID(), "Remarks at half past", "1996-03-05")
                .replace("T10:30:00+01:00", "T12:00:00+05:30").replace("\"timeZone\": \"Europe/Paris\",", "");
        editor().contentType("application/json").body(india).when().post("/api/v1/statements")
                .then().statusCode(422).body("errors[0].field", equalTo("timeZone"));
        editor().contentType("application/json").body(india.replace("\"text\":", "\"timeZone\": \"Asia/Kolkata\", \"text\":"))
                .when().post("/api/v1/statements")
                .then().statusCode(201).body("publishedAt", equalTo("1996-03-05T12:00:00+05:30"));
        // The issuer's zone is known from then on.
        editor().contentType("application/json").body(india.replace("Remarks at half past", "More remarks"))
                .when().post("/api/v1/statements")
                .then().statusCode(201).body("timeZone", equalTo("Asia/Kolkata"));
    }

    @Test
    void aStatementCreatedFromJsonIsStoredWhole() {
        String issuer = "Edit Test Ministry " + UUID.randomUUID();
        Response created = create(issuer, "Remarks on the harbour", "1996-03-04");
        String id = created.path("id");
        assertEquals("/api/v1/statements/" + id, java.net.URI.create(created.header("Location")).getPath());
        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("title", equalTo("Remarks on the harbour"))
                .body("issuer.name", equalTo(issuer))
                .body("publishedAt", equalTo("1996-03-04T10:30:00+01:00"))
                .body("publishedDate", equalTo("1996-03-04"))
                .body("timeZone", equalTo("Europe/Paris"))
                .body("text", equalTo("Opening paragraph."))
                .body("qa", hasSize(2))
                .body("qa[0].n", is(1))
                .body("qa[0].answer", equalTo("First answer.\n\nSecond paragraph."))
                .body("version", is(0));
    }

    @Test
    void everyInvalidFieldIsNamedIn422() {
        editor().contentType("application/json")
                .body("{\"title\": \"\", \"language\": \"French\", \"issuer\": {\"name\": \" \"}, \"qa\": [{\"question\": \"\"}]}")
                .when().post("/api/v1/statements")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("language"))
                .body("errors.field", hasItem("issuer.name"))
                .body("errors.field", hasItem("publishedAt"))
                .body("errors.field", hasItem("qa[0].question"))
                .body("errors.field", hasItem("qa[0].answer"));
    }

    @Test
    void anyLanguageTagOfUpTo35CharactersIsStoredAndALongerOneIsNamedIn422() {
        String issuer = "Tag Test Ministry " + UUID.randomUUID();
        editor().contentType("application/json")
                .body(statement(issuer, "Remarks in Oxford English", "1996-03-05").replace("\"language\": \"en\"",
                        "\"language\": \"en-GB-oxendict-x-private1\""))
                .when().post("/api/v1/statements")
                .then().statusCode(201).body("language", equalTo("en-GB-oxendict-x-private1"));
        editor().contentType("application/json")
                .body(statement(issuer, "Remarks in a tag too long", "1996-03-05").replace("\"language\": \"en\"",
                        "\"language\": \"en-GB-oxendict-x-private1-private2-more\""))
                .when().post("/api/v1/statements")
                .then().statusCode(422).body("errors.field", hasItem("language"));
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        editor().contentType("application/json").body("{\"title\": ")
                .when().post("/api/v1/statements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Not a statement in JSON"));
        editor().contentType("application/json").body("")
                .when().post("/api/v1/statements")
                .then().statusCode(400);
    }

    @Test
    void writingNeedsAnEditorKey() {
        given().contentType("application/json").body(statement("Nobody", "Nothing", "1996-03-04"))
                .when().post("/api/v1/statements")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().when().delete("/api/v1/statements/whatever")
                .then().statusCode(401);
    }

    @Test
    void aReplacementNeedsIfMatchAndRaisesTheVersion() {
        String issuer = "Edit Test Ministry " + UUID.randomUUID();
        Response created = create(issuer, "Remarks before correction", "1996-03-05");
        String id = created.path("id");
        String slug = created.path("slug");
        String etag = created.header("ETag");

        editor().contentType("application/json").body(statement(issuer, "Remarks after correction", "1996-03-05"))
                .when().put("/api/v1/statements/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match"));

        Response replaced = editor().contentType("application/json").header("If-Match", etag)
                .body(statement(issuer, "Remarks after correction", "1996-03-05"))
                .when().put("/api/v1/statements/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("slug", equalTo(slug))
                .body("title", equalTo("Remarks after correction"))
                .body("version", is(1))
                .header("ETag", notNullValue())
                .extract().response();
        assertNotEquals(etag, replaced.header("ETag"));

        editor().contentType("application/json").header("If-Match", etag)
                .body(statement(issuer, "A correction made to the old version", "1996-03-05"))
                .when().put("/api/v1/statements/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString(replaced.header("ETag")));

        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo(replaced.header("ETag")))
                .body("title", equalTo("Remarks after correction"));
    }

    @Test
    void anInvalidReplacementChangesNothing() {
        String issuer = "Edit Test Ministry " + UUID.randomUUID();
        Response created = create(issuer, "Remarks kept", "1996-03-06");
        String id = created.path("id");
        editor().contentType("application/json").header("If-Match", created.header("ETag"))
                .body("{\"title\": \"\"}")
                .when().put("/api/v1/statements/" + id)
                .then().statusCode(422);
        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("title", equalTo("Remarks kept"));
    }

    @Test
    void replacingWhatIsNotThereIs404() {
        editor().contentType("application/json").header("If-Match", "*")
                .body(statement("Nobody", "Nothing", "1996-03-04"))
                .when().put("/api/v1/statements/no-such-statement")
                .then().statusCode(404);
    }

    @Test
    void aWithdrawnStatementIsGoneFromEverywhere() {
        String issuer = "Edit Test Ministry " + UUID.randomUUID();
        Response created = create(issuer, "Remarks withdrawn later", "1996-03-07");
        String id = created.path("id");
        String issuerId = created.path("issuer.id");
        given().queryParam("issuer", issuerId).when().get("/api/v1/statements").then().statusCode(200).body("total", is(1));

        editor().header("If-Match", "W/\"stale\"").when().delete("/api/v1/statements/" + id)
                .then().statusCode(412);
        editor().when().delete("/api/v1/statements/" + id)
                .then().statusCode(204);

        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("withdrawn at"));
        given().when().get("/api/v1/statements/" + id + "/qa/1").then().statusCode(410);
        given().queryParam("issuer", issuerId).when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(0)).body("items.id", not(hasItem(id)));
        given().queryParam("issuer", issuerId).when().get("/api/v1/archive")
                .then().statusCode(200).body("total", is(0));
        given().queryParam("issuer", issuerId).queryParam("q", "harbour OR remarks")
                .when().get("/api/v1/statements").then().statusCode(200).body("total", is(0));

        editor().when().delete("/api/v1/statements/" + id).then().statusCode(410);
        editor().contentType("application/json").header("If-Match", "*")
                .body(statement(issuer, "Back again?", "1996-03-07"))
                .when().put("/api/v1/statements/" + id)
                .then().statusCode(410);
    }
}
