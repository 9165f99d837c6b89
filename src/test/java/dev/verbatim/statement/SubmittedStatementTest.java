package dev.verbatim.statement;

import static dev.verbatim.Api.given;
import static dev.verbatim.statement.StatementEditTest.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A statement submitted as JSON, to be created (POST), to replace one (PUT) or as a line of an
 * import, is checked whole before anything is stored: each invalid field is a 422 naming it, and
 * nothing is stored.
 */
@QuarkusTest
class SubmittedStatementTest {

    /** Each: the text replaced in a valid statement, by what, and the field then named. */
    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("\"timeZone\": \"Europe/Paris\"", "\"timeZone\": \"Mars/Olympus\"", "timeZone"),
                Arguments.of("\"timeZone\": \"Europe/Paris\"", "\"timeZone\": \"+01:00\"", "timeZone"),
                Arguments.of("\"language\": \"en\"", "\"language\": \"English\"", "language"),
                Arguments.of("\"title\": \"Remarks\"", "\"title\": \" \"", "title"),
                Arguments.of("\"issuer\": { \"name\": \"ISSUER\" }", "\"issuer\": { \"name\": \"\" }", "issuer.name"),
                Arguments.of("1996-03-05T10:30:00+01:00", "2101-01-01T10:30:00+01:00", "publishedAt"),
                Arguments.of("1996-03-05T10:30:00+01:00", "1899-12-31T10:30:00+01:00", "publishedAt"),
                Arguments.of("{ \"question\": \"First question?\"", "{ \"n\": 2, \"question\": \"First question?\"", "qa[0].n"),
                Arguments.of("{ \"question\": \"Second question?\"", "{ \"n\": 3, \"question\": \"Second question?\"", "qa[1].n"),
                Arguments.of("{ \"question\": \"First question?\"", "{ \"question\": \"\"", "qa[0].question"),
                Arguments.of("\"text\": \"Opening paragraph.\"", "\"text\": \"Opening\\u0000paragraph.\"", "text"),
                Arguments.of("\"source\": { \"url\"", "\"source\": { \"retrievedAt\": \"1800-01-01T00:00:00Z\", \"url\"",
                        "source.retrievedAt"));
    }

    private static String invalid(String issuer, String replaced, String by) {
        String valid = StatementEditTest.statement(issuer, "Remarks", "1996-03-05").replace("\n", " ").replaceAll(" +", " ");
        String body = valid.replace(replaced.replace("ISSUER", issuer), by);
        if (body.equals(valid)) {
            throw new IllegalArgumentException("nothing replaced: " + replaced);
        }
        return body;
    }

    @ParameterizedTest(name = "created with {1}: 422 naming {2}")
    @MethodSource("invalidFields")
    void anInvalidFieldOfACreationIsA422NamingItAndNothingIsStored(String replaced, String by, String field) {
        String issuer = "Submitted Test Ministry " + UUID.randomUUID();
        editor().contentType("application/json").body(invalid(issuer, replaced, by)).when().post("/api/v1/statements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:verbatim:problem:unprocessable"))
                .body("errors.field", hasItem(field));
        given().when().get("/api/v1/issuers").then().statusCode(200).body("items.name", not(hasItem(issuer)));
    }

    @ParameterizedTest(name = "replaced with {1}: 422 naming {2}")
    @MethodSource("invalidFields")
    void anInvalidFieldOfAReplacementIsA422NamingItAndTheStatementStaysAsItWas(String replaced, String by, String field) {
        String issuer = "Submitted Test Ministry " + UUID.randomUUID();
        Response created = editor().contentType("application/json").body(StatementEditTest.statement(issuer, "Remarks", "1996-03-05"))
                .when().post("/api/v1/statements").then().statusCode(201).extract().response();
        String id = created.path("id");
        editor().contentType("application/json").header("If-Match", created.header("ETag")).body(invalid(issuer, replaced, by))
                .when().put("/api/v1/statements/" + id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:verbatim:problem:unprocessable"))
                .body("errors.field", hasItem(field));
        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200).header("ETag", equalTo(created.header("ETag"))).body("version", is(0));
    }

    @ParameterizedTest(name = "imported with {1}: the line fails with 422 naming {2}")
    @MethodSource("invalidFields")
    void anInvalidFieldOfAnImportedLineFailsItWith422NamingIt(String replaced, String by, String field) {
        String issuer = "Submitted Test Ministry " + UUID.randomUUID();
        String good = StatementEditTest.statement(issuer, "Other remarks", "1996-03-05").replace("\n", " ");
        String body = invalid(issuer, replaced, by) + "\n" + good + "\n";
        editor().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("items.result", equalTo(java.util.List.of("failed", "created")))
                .body("items[0].status", is(422))
                .body("items[0].problem.type", equalTo("urn:verbatim:problem:unprocessable"))
                .body("items[0].problem.errors.field", hasItem(field));
    }
}
