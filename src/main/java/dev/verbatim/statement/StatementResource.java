package dev.verbatim.statement;

import dev.verbatim.api.Examples;
import dev.verbatim.api.ListParams;
import dev.verbatim.api.Page;
import dev.verbatim.api.VerbatimApi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading statements, anonymously. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class StatementResource {

    private final StatementService statements;

    public StatementResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "listStatements", summary = "List or search statements",
            description = "A page of statement summaries matching the filters, newest first, or best match first with `q` "
                    + "(each then with highlights). Follow `next` (or the `Link: rel=\"next\"` header) for the following page; "
                    + "the cursor stays valid however many statements are added meanwhile.")
    @APIResponse(responseCode = "200", description = "A page of statement summaries",
            content = @Content(schema = @Schema(implementation = StatementPage.class),
                    examples = @ExampleObject(name = "seed", value = Examples.PAGE)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.INVALID_PARAMETER)
    public Page<StatementSummary> list(@BeanParam ListParams params) {
        return statements.list(params.parse());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getStatement", summary = "Read one statement, whole",
            description = "The statement with its Q&A pairs in document order. `{id}` also accepts the slug.")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "seed", value = Examples.STATEMENT)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.NOT_FOUND)
    @APIResponse(ref = VerbatimApi.GONE)
    public StatementView get(@Parameter(description = "Id or slug of the statement") @PathParam("id") String id) {
        return statements.get(id);
    }

    @GET
    @Path("{id}/qa/{n}")
    @Operation(operationId = "getQaPair", summary = "Read one Q&A pair, to cite it",
            description = "The n-th pair of a statement, with its statement's id, title and dates.")
    @APIResponse(responseCode = "200", description = "The pair",
            content = @Content(schema = @Schema(implementation = QaCitation.class),
                    examples = @ExampleObject(name = "seed", value = Examples.QA)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.NOT_FOUND)
    @APIResponse(ref = VerbatimApi.GONE)
    public QaCitation pair(@Parameter(description = "Id or slug of the statement") @PathParam("id") String id,
            @Parameter(description = "Number of the pair, from 1", schema = @Schema(minimum = "1")) @PathParam("n") int n) {
        return statements.pair(id, n);
    }

    @GET
    @Path("{id}/source")
    @Produces({ MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.WILDCARD })
    @Operation(operationId = "getStatementSource", summary = "The raw text or HTML a statement was imported from",
            description = "Byte for byte what was imported, with its content type.")
    @APIResponse(responseCode = "200", description = "The raw source",
            content = { @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class)) })
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.NOT_FOUND)
    @APIResponse(ref = VerbatimApi.GONE)
    public Response source(@Parameter(description = "Id or slug of the statement") @PathParam("id") String id) {
        RawSource source = statements.source(id);
        return Response.ok(source.content(), source.contentType()).build();
    }

    /** The schema of a page of summaries, for the OpenAPI document. */
    @Schema(name = "StatementPage")
    static final class StatementPage {
        public List<StatementSummary> items;
        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
        public long total;
        @Schema(description = "Present with facets=true")
        public dev.verbatim.api.Facets facets;
    }
}
