package dev.verbatim.statement;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The issuers and how many statements each has. */
@QuarkusTest
class IssuerResourceTest {

    @Test
    void listsEachIssuerWithItsStatementCount() {
        given().when().get("/api/v1/issuers")
                .then().statusCode(200)
                .body("next", equalTo(null))
                .body("total", equalTo(given().when().get("/api/v1/issuers").then().extract().path("items.size()")))
                .body("items.id", hasItem("ambassade-de-chine-en-belgique"))
                .body("items.find { it.id == 'ambassade-de-chine-en-belgique' }.name", equalTo("Ambassade de Chine en Belgique"))
                .body("items.find { it.id == 'ambassade-de-chine-en-belgique' }.timeZone", equalTo("Europe/Brussels"))
                .body("items.find { it.id == 'ambassade-de-chine-en-belgique' }.statementCount", is(1))
                .body("items.find { it.name == '示例部' }.statementCount", is(4))
                .body("items.find { it.name == '示例部' }.timeZone", equalTo("Asia/Shanghai"));
    }

    @Test
    void anIssuerIdFiltersTheList() {
        String id = given().when().get("/api/v1/issuers").then().extract().path("items[1].id");
        int count = given().when().get("/api/v1/issuers").then().extract().path("items[1].statementCount");
        given().queryParam("issuer", id).when().get("/api/v1/statements").then().statusCode(200).body("total", is(count));
    }

    @Test
    void issuersArePagedByCursorInNameOrder() {
        int total = given().when().get("/api/v1/issuers").then().extract().path("total");
        java.util.List<String> all = given().when().get("/api/v1/issuers").then().extract().path("items.id");
        java.util.List<String> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/issuers").then().statusCode(200).body("total", is(total)).extract();
            walked.addAll(page.path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(all, walked);
        given().queryParam("cursor", "not-a-cursor").when().get("/api/v1/issuers")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", "1001").when().get("/api/v1/issuers")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
