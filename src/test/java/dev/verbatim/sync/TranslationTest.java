package dev.verbatim.sync;

import static dev.verbatim.Api.given;
import static dev.verbatim.sync.ChangeFeedTest.editor;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Statements that translate each other are linked, on import or by an edit, and list each other. */
@QuarkusTest
class TranslationTest {

    static String json(String issuer, String title, String language, String translationOf) {
        return """
                {"title": "%s", "language": "%s", "issuer": {"name": "%s"}, "publishedAt": "1994-06-01T10:00:00Z",
                 "text": "Words.", "translationOf": %s}
                """.formatted(title, language, issuer, translationOf == null ? "null" : "\"" + translationOf + "\"");
    }

    static Response create(String body) {
        return editor().contentType("application/json").body(body).when().post("/api/v1/statements")
                .then().statusCode(201).extract().response();
    }

    @Test
    void aTranslationCreatedWithALinkIsListedOnBothSidesAndTheOriginalChanges() {
        String issuer = "Translation Office " + UUID.randomUUID();
        String french = create(json(issuer, "Déclaration", "fr", null)).path("id");
        String since = ChangeFeedTest.end();

        String english = editor().contentType("application/json").body(json(issuer, "Declaration", "en", french))
                .when().post("/api/v1/statements")
                .then().statusCode(201)
                .body("translations", equalTo(List.of(Map.of("language", "fr", "id", french))))
                .extract().path("id");
        given().when().get("/api/v1/statements/" + french).then().statusCode(200)
                .body("translations", equalTo(List.of(Map.of("language", "en", "id", english))))
                .body("version", is(1));
        given().queryParam("since", since).when().get("/api/v1/changes").then().statusCode(200)
                .body("items.kind", equalTo(List.of("created", "updated")))
                .body("items.id", equalTo(List.of(english, french)));
    }

    @Test
    void anImportedPageIsLinkedByParameterAndAThirdLanguageJoinsTheGroup() {
        String issuer = "Translation Import Office " + UUID.randomUUID();
        Response french = create(json(issuer, "Communiqué", "fr", null));
        String english = create(json(issuer, "Communiqué in English", "en", french.path("id"))).path("id");
        String page = """
                测试外交部发言人关于测试的声明
                1994-06-01 10:00
                这是一份声明的正文。
                """;
        String chinese = editor().contentType("text/plain; charset=UTF-8").body(page)
                .queryParam("issuer", issuer).queryParam("language", "zh").queryParam("translationOf", (String) french.path("slug"))
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .body("translations", equalTo(List.of(Map.of("language", "en", "id", english), Map.of("language", "fr", "id", french.path("id")))))
                .extract().path("id");
        given().when().get("/api/v1/statements/" + english).then().statusCode(200)
                .body("translations", equalTo(List.of(Map.of("language", "fr", "id", french.path("id")), Map.of("language", "zh", "id", chinese))));
    }

    @Test
    void anEditLinksAndAWithdrawalUnlists() {
        String issuer = "Translation Edit Office " + UUID.randomUUID();
        String french = create(json(issuer, "Remarques", "fr", null)).path("id");
        Response english = create(json(issuer, "Remarks", "en", null));
        String id = english.path("id");
        editor().contentType("application/json").header("If-Match", english.header("ETag")).body(json(issuer, "Remarks", "en", french))
                .when().put("/api/v1/statements/" + id)
                .then().statusCode(200).body("translations.id", equalTo(List.of(french)));
        given().when().get("/api/v1/statements/" + french).then().body("translations.id", equalTo(List.of(id)));

        String since = ChangeFeedTest.end();
        editor().when().delete("/api/v1/statements/" + id).then().statusCode(204);
        given().when().get("/api/v1/statements/" + french).then().statusCode(200).body("translations", empty());
        given().queryParam("since", since).when().get("/api/v1/changes").then()
                .body("items.kind", equalTo(List.of("updated", "deleted")))
                .body("items.id", equalTo(List.of(french, id)));
    }

    @Test
    void aLinkThatCannotBeIsRefusedAndNothingIsStored() {
        String issuer = "Translation Refusal Office " + UUID.randomUUID();
        String french = create(json(issuer, "Texte", "fr", null)).path("id");
        create(json(issuer, "Text", "en", french));
        String issuerId = given().when().get("/api/v1/statements/" + french).then().extract().path("issuer.id");

        for (String[] bad : List.of(new String[] { "unknown-statement-id", "en" }, new String[] { french, "fr" },
                new String[] { french, "en" })) {
            editor().contentType("application/json").body(json(issuer, "Refused " + bad[1], bad[1], bad[0]))
                    .when().post("/api/v1/statements")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("translationOf"));
        }
        given().queryParam("issuer", issuerId).when().get("/api/v1/statements").then().body("total", is(2));
        editor().contentType("text/plain").body("Title\n1994-06-01\nBody.").queryParam("translationOf", "x".repeat(201))
                .when().post("/api/v1/imports")
                .then().statusCode(400).body("errors.field", hasItem("translationOf"));
    }
}
