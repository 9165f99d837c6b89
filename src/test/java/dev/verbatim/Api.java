package dev.verbatim;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The entry point of every API test: a REST Assured request whose response is validated against
 * the OpenAPI document the server itself publishes, so the contract cannot drift from the code:
 * by the OpenAPI validator, and by a strict JSON Schema 2020-12 validator ({@link StrictSchemas}).
 * Requests are not validated: tests send bad input on purpose.
 */
public final class Api {

    private static OpenApiValidationFilter contract;
    private static StrictSchemas strict;
    private static int contractPort;

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().filter(contract()).filter(strict);
    }

    private static synchronized OpenApiValidationFilter contract() {
        if (contract == null || contractPort != RestAssured.port) {
            String document = RestAssured.given().accept("application/json").get("/q/openapi").asString();
            OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            // An export of nothing is an empty body; a body that is there is still checked.
                            .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
            contract = new OpenApiValidationFilter(validator);
            strict = new StrictSchemas(document);
            contractPort = RestAssured.port;
        }
        return contract;
    }
}
