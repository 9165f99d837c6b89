package dev.verbatim.openapi;

import dev.verbatim.api.Page;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the OpenAPI document says of every operation alike, added once here rather than on each:
 * the responses any operation can give; the headers every read carries (ETag, Cache-Control,
 * Last-Modified, Link on pages, the RateLimit fields) and the conditional request headers it
 * answers; and schemas as a strict JSON Schema 2020-12 reader takes them (no {@code type} beside
 * a {@code $ref} or an {@code anyOf}, which would refuse a {@code null} the schema allows).
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> READ_HEADERS = Map.of(
            "ETag", "A weak validator of the body: send it in If-None-Match to be answered 304 while it is unchanged",
            "Cache-Control", "How long the answer may be reused (public, max-age=...)",
            "Last-Modified", "The second of the last change anywhere, once that second is over; "
                    + "send it in If-Modified-Since to be answered 304");
    private static final Map<String, String> RATE_LIMIT_HEADERS = Map.of(
            "RateLimit-Policy", "The limit that applies to this client: requests per window (RFC draft, 600;w=60)",
            "RateLimit-Limit", "Requests allowed in the current window",
            "RateLimit-Remaining", "Requests left in the current window",
            "RateLimit-Reset", "Seconds until the window is refilled");
    private static final String LINK = "Link";
    private static final List<String> WHOLE_NUMBERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    @Override
    public Operation filterOperation(Operation operation) {
        shared(operation, "401", VerbatimApi.UNAUTHORIZED);
        shared(operation, "406", VerbatimApi.NOT_ACCEPTABLE);
        shared(operation, "414", VerbatimApi.URI_TOO_LONG);
        shared(operation, "429", VerbatimApi.TOO_MANY_REQUESTS);
        shared(operation, "431", VerbatimApi.HEADERS_TOO_LARGE);
        shared(operation, "503", VerbatimApi.UNAVAILABLE);
        if (operation.getRequestBody() != null) {
            shared(operation, "415", VerbatimApi.UNSUPPORTED);
        }
        return operation;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() != null && (schema.getRef() != null || schema.getAnyOf() != null)) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        var components = openApi.getComponents();
        READ_HEADERS.forEach((name, description) -> components.addHeader(name, header(name, description)));
        RATE_LIMIT_HEADERS.forEach((name, description) -> components.addHeader(name, header(name, description)));
        components.addHeader(LINK, header(LINK, "RFC 8288: <the next page>; rel=\"next\", absent on the last page"));
        dryRunsHaveNoId(components.getSchemas() == null ? null : components.getSchemas().get("ImportedStatement"));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                describe(item);
            }
        });
    }

    private static void describe(PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getRef() == null) {
                    RATE_LIMIT_HEADERS.keySet().forEach(name -> addHeader(response, name));
                    if (method == PathItem.HttpMethod.GET) {
                        READ_HEADERS.keySet().forEach(name -> addHeader(response, name));
                        if (isPage(response)) {
                            addHeader(response, LINK);
                        }
                    }
                }
            });
            if (method == PathItem.HttpMethod.GET && operation.getResponses().getAPIResponse("304") != null) {
                conditional(operation, "If-None-Match", "The ETag of a copy the client holds: 304 while it is still current");
                conditional(operation, "If-Modified-Since",
                        "The Last-Modified of a copy the client holds, used when If-None-Match is absent: 304 when nothing changed since");
            }
        });
    }

    /** An import answers the statement's fields beside its diagnostics; a dry run's statement has no id yet. */
    private static void dryRunsHaveNoId(Schema imported) {
        if (imported != null && imported.getProperties() != null && imported.getProperties().containsKey("id")) {
            imported.addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING).addType(Schema.SchemaType.NULL)
                    .description("Opaque, URL-safe, stable forever; null in a dry run, which stores nothing"));
        }
    }

    private static boolean isPage(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                .map(type -> type.getSchema() == null ? null : type.getSchema().getRef())
                .anyMatch(ref -> ref != null && ref.endsWith("Page") && !ref.endsWith("ChangePage"));
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
        }
    }

    private static void conditional(Operation operation, String name, String description) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters != null && parameters.stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER).description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static Header header(String name, String description) {
        Schema.SchemaType type = WHOLE_NUMBERS.contains(name) ? Schema.SchemaType.INTEGER : Schema.SchemaType.STRING;
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }

    private static void shared(Operation operation, String status, String response) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + response));
        }
    }
}
