package dev.verbatim.statement;

import dev.verbatim.openapi.Examples;
import dev.verbatim.statement.FilterParams;
import dev.verbatim.api.Page;
import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.Violation;
import dev.verbatim.openapi.VerbatimApi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The issuers of statements. */
@Path("/api/v1/issuers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Issuers")
public class IssuerResource {

    private static final int MAX_LIMIT = 1000;

    private final StatementService statements;

    public IssuerResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "listIssuers", summary = "List the issuers with their statement counts",
            description = "The issuers by name, with their counts; use an issuer's id as the `issuer` filter of the lists. "
                    + "Up to 1,000 a page: `next` is null unless there are more.")
    @APIResponse(responseCode = "200", description = "The issuers",
            content = @Content(schema = @Schema(implementation = IssuerPage.class),
                    examples = @ExampleObject(name = "seed", value = Examples.ISSUERS)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.INVALID_PARAMETER)
    public Page<IssuerView> list(
            @Parameter(description = "Issuers per page.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "1000"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Where the page starts: the `next` value of the previous page.",
                    schema = @Schema(type = SchemaType.STRING))
            @QueryParam("cursor") String cursor) {
        List<Violation> errors = new ArrayList<>();
        int size = FilterParams.limit(errors, limit, MAX_LIMIT, MAX_LIMIT);
        if (!errors.isEmpty()) {
            throw new InvalidArguments(errors);
        }
        return statements.issuers(size, cursor);
    }

    /** The schema of the page of issuers, for the OpenAPI document. */
    @Schema(name = "IssuerPage", requiredProperties = { "items", "next", "total" })
    static final class IssuerPage {
        public List<IssuerView> items;
        @Schema(nullable = true)
        public String next;
        public long total;
    }
}
