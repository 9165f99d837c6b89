package dev.verbatim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every JSON response checked against its schema in the served OpenAPI 3.1 document by a strict
 * JSON Schema 2020-12 validator, with formats asserted: what a typed client generated from the
 * document will expect. {@code null} where the schema says {@code type: object}, a number sent as
 * a string or a date-time that is not one fails here even where the OpenAPI validator lets it by.
 */
final class StrictSchemas implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private record Operation(Pattern path, int literals, JsonNode node) {
    }

    private final JsonNode components;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    StrictSchemas(String document) {
        try {
            JsonNode openApi = JSON.readTree(document);
            this.components = openApi.path("components");
            for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
                var path = paths.next();
                String template = path.getKey();
                operations.add(new Operation(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")),
                        template.replaceAll("\\{[^}]+}", "").length(), path.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext next) {
        Response response = next.next(request, spec);
        String type = response.contentType() == null ? "" : response.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        boolean json = type.equals("application/json") || type.endsWith("+json");
        if (!json || response.asByteArray().length == 0) {
            return response;
        }
        String path = URI.create(request.getURI()).getRawPath();
        JsonNode schema = schemaOf(path, request.getMethod(), response.statusCode(), type);
        if (schema == null) {
            return response;
        }
        String key = path + " " + request.getMethod() + " " + response.statusCode() + " " + type;
        List<Error> errors;
        try {
            errors = schemas.computeIfAbsent(key, k -> compile(schema)).validate(JSON.readTree(response.asByteArray()));
        } catch (IOException e) {
            throw new AssertionError(key + ": the body is not JSON: " + response.asString(), e);
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("Strict schema check of " + request.getMethod() + " " + path + " (" + response.statusCode()
                    + ", " + type + "): " + errors + "\nBody: " + response.asString());
        }
        return response;
    }

    private JsonNode schemaOf(String path, String method, int status, String type) {
        Operation best = null;
        for (Operation operation : operations) {
            if (operation.path().matcher(path).matches() && (best == null || operation.literals() > best.literals())) {
                best = operation;
            }
        }
        if (best == null) {
            return null;
        }
        JsonNode responses = best.node().path(method.toLowerCase(Locale.ROOT)).path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status)) : responses.get("default");
        if (response == null) {
            return null;
        }
        if (response.has("$ref")) {
            response = components.path("responses").path(response.get("$ref").asText().replaceAll(".*/", ""));
        }
        JsonNode schema = response.path("content").path(type).get("schema");
        return schema;
    }

    /** The schema as a document of its own that carries the components its references point into. */
    private Schema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("allOf", JSON.createArrayNode().add(schema));
        root.set("components", components);
        return REGISTRY.getSchema(SchemaLocation.of("https://verbatim.test/openapi.json"), root);
    }
}
