package dev.verbatim.statement;

import dev.verbatim.openapi.Examples;
import dev.verbatim.statement.FilterParams;
import dev.verbatim.openapi.VerbatimApi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statement counts by year, month and day. */
@Path("/api/v1/archive")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class ArchiveResource {

    private final StatementService statements;

    public ArchiveResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "getArchive", summary = "Count statements by year, month and day",
            description = "Counts over the issuers' local calendars, newest first, under the same filters as the list "
                    + "(all of them in one answer: no paging, no order).")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = Archive.class),
                    examples = @ExampleObject(name = "seed", value = Examples.ARCHIVE)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.INVALID_PARAMETER)
    public Archive archive(@BeanParam FilterParams params) {
        return statements.archive(params.filters());
    }
}
