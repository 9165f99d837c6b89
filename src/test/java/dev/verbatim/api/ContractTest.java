package dev.verbatim.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
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

    /** Every schema object of the document, with where it stands. */
    private static void schemas(JsonNode node, String at, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            if (node.has("type") || node.has("$ref") || node.has("anyOf") || node.has("properties")) {
                visit.accept(at, node);
            }
            node.fields().forEachRemaining(field -> schemas(field.getValue(), at + "/" + field.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                schemas(node.get(i), at + "/" + i, visit);
            }
        }
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi").asString());
    }

    @Test
    void aStrictClientReadsEverySchemaAsMeant() throws Exception {
        JsonNode document = document();
        List<String> wrong = new ArrayList<>();
        schemas(document, "", (at, schema) -> {
            if (schema.has("$ref") && schema.has("type")) {
                wrong.add(at + ": type beside $ref");
            }
            if (schema.has("anyOf") && schema.has("type")) {
                wrong.add(at + ": type beside anyOf, which refuses what anyOf allows");
            }
        });
        document.path("components").path("schemas").fields().forEachRemaining(named -> {
            JsonNode schema = named.getValue();
            if (schema.has("properties") && !schema.has("required") && !named.getKey().endsWith("Input")) {
                wrong.add(named.getKey() + ": no required properties");
            }
            schema.path("properties").fields().forEachRemaining(property -> {
                JsonNode p = property.getValue();
                if (!p.has("type") && !p.has("$ref") && !p.has("anyOf") && !p.has("oneOf")) {
                    wrong.add(named.getKey() + "." + property.getKey() + ": no type");
                }
            });
        });
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("parameters").forEach(parameter -> {
                    if (!parameter.path("schema").has("type")) {
                        wrong.add(path.getKey() + " " + operation.getKey() + " " + parameter.path("name").asText() + ": no type");
                    }
                })));
        assertEquals(List.of(), wrong);
    }

    @Test
    void readsDeclareTheirHeadersAndTheConditionalRequestsTheyAnswer() throws Exception {
        JsonNode list = document().path("paths").path("/api/v1/statements").path("get");
        JsonNode ok = list.path("responses").path("200").path("headers");
        for (String header : List.of("ETag", "Cache-Control", "Last-Modified", "Link", "RateLimit-Policy", "RateLimit-Limit",
                "RateLimit-Remaining", "RateLimit-Reset")) {
            assertTrue(ok.has(header), "GET /api/v1/statements declares " + header);
        }
        List<String> parameters = new ArrayList<>();
        list.path("parameters").forEach(p -> parameters.add(p.path("name").asText() + "@" + p.path("in").asText()));
        assertTrue(parameters.containsAll(List.of("If-None-Match@header", "If-Modified-Since@header")), parameters.toString());
    }

    @Test
    void theDocumentNamesNoServerTagsAreDescribedAndWritesHaveExamples() throws Exception {
        JsonNode document = document();
        assertTrue(!document.has("servers") || document.path("servers").get(0).path("url").asText().equals("/"),
                "no fixed host: clients use the address they read the document from");
        document.path("tags").forEach(tag -> assertTrue(tag.has("description"), tag + " has a description"));
        assertTrue(document.path("paths").path("/api/v1/statements").path("post").path("requestBody").path("content")
                .path("application/json").has("examples"));
        assertEquals("binary", document.path("paths").path("/api/v1/statements/export").path("get").path("responses").path("200")
                .path("content").path("application/x-ndjson").path("schema").path("format").asText());
        assertTrue(!document.path("paths").path("/api/v1/archive").path("get").toString().contains("\"cursor\""),
                "the archive declares no paging it would ignore");
    }
}
