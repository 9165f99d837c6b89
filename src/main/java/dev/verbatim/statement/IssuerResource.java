package dev.verbatim.statement;

import dev.verbatim.api.Examples;
import dev.verbatim.api.Page;
import dev.verbatim.api.VerbatimApi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The issuers of statements. */
@Path("/api/v1/issuers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Issuers")
public class IssuerResource {

    private final StatementService statements;

    public IssuerResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "listIssuers", summary = "List the issuers with their statement counts",
            description = "Every issuer, by name, in one page; use an issuer's id as the `issuer` filter of the lists.")
    @APIResponse(responseCode = "200", description = "The issuers",
            content = @Content(schema = @Schema(implementation = IssuerPage.class),
                    examples = @ExampleObject(name = "seed", value = Examples.ISSUERS)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    public Page<IssuerView> list() {
        return statements.issuers();
    }

    /** The schema of the page of issuers, for the OpenAPI document. */
    @Schema(name = "IssuerPage")
    static final class IssuerPage {
        public List<IssuerView> items;
        @Schema(nullable = true)
        public String next;
        public long total;
    }
}
