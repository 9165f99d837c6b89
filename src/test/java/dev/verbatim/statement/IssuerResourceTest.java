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
}
