package dev.verbatim.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The published contract and the operational endpoints. */
@QuarkusTest
class ContractTest {

    @Test
    void theOpenApiDocumentNamesEveryOperationAndTheProblemSchema() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/statements'.get.operationId", equalTo("listStatements"))
                .body("paths.'/api/v1/statements/{id}'.get.operationId", equalTo("getStatement"))
                .body("paths.'/api/v1/statements/{id}/qa/{n}'.get.operationId", equalTo("getQaPair"))
                .body("paths.'/api/v1/archive'.get.operationId", equalTo("getArchive"))
                .body("paths.'/api/v1/issuers'.get.operationId", equalTo("listIssuers"))
                .body("paths.'/api/v1/statements'.get.parameters.find { it.name == 'limit' }.schema.maximum", equalTo(100))
                .body("components.schemas", hasKey("Problem"))
                .body("components.responses.InvalidParameter.content.'application/problem+json'.schema", notNullValue());
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void healthAndMetricsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/api/v1/issuers").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }
}
