package dev.verbatim.statement;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a list shows of each statement: enough to choose one, the speaker included. */
@QuarkusTest
class StatementSummaryTest {

    private static final String EDITOR_KEY = "test-admin-key-of-at-least-32-characters";

    /** A statement of an issuer of its own, with a word of its own to search for; returns the issuer's id. */
    private static String create(String word, String speaker) {
        String issuer = "Speaking Office " + UUID.randomUUID();
        String body = """
                {"title": "Briefing on %s", "language": "en", "issuer": {"name": "%s"}, "publishedAt": "2021-03-04T10:00:00+01:00",
                 "timeZone": "Europe/Paris", "text": "We discussed %s at length."%s}
                """.formatted(word, issuer, word, speaker == null ? "" : ", \"speaker\": " + speaker);
        return given().header("Authorization", "Bearer " + EDITOR_KEY).contentType("application/json").body(body)
                .when().post("/api/v1/statements").then().statusCode(201).extract().path("issuer.id");
    }

    @Test
    void aListAndASearchNameTheSpeakerTheStatementNames() {
        String word = "speakerword" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String issuer = create(word, "{\"name\": \"Li Ming\", \"role\": \"Spokesperson\"}");
        given().queryParam("issuer", issuer).when().get("/api/v1/statements").then().statusCode(200)
                .body("total", is(1))
                .body("items[0].speaker.name", equalTo("Li Ming"))
                .body("items[0].speaker.role", equalTo("Spokesperson"));
        given().queryParam("q", word).when().get("/api/v1/statements").then().statusCode(200)
                .body("total", is(1))
                .body("items[0].speaker.name", equalTo("Li Ming"));
    }

    @Test
    void aStatementThatNamesNoSpeakerHasANullOne() {
        String issuer = create("nobody", null);
        given().queryParam("issuer", issuer).when().get("/api/v1/statements").then().statusCode(200)
                .body("items[0]", hasKey("speaker"))
                .body("items[0].speaker", nullValue());
    }
}
