package dev.verbatim.statement;

import dev.verbatim.openapi.Examples;
import dev.verbatim.statement.ListParams;
import dev.verbatim.api.Page;
import dev.verbatim.api.ProblemException;
import dev.verbatim.openapi.VerbatimApi;
import dev.verbatim.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading statements, anonymously; creating, correcting and withdrawing them, with an editor's key. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class StatementResource {

    private final StatementService statements;
    private final StatementEditor editor;

    public StatementResource(StatementService statements, StatementEditor editor) {
        this.statements = statements;
        this.editor = editor;
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
            @Parameter(description = "Number of the pair, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("n") int n) {
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
    @SecurityRequirement(name = VerbatimApi.API_KEY)
    @Operation(operationId = "createStatement", summary = "Create a statement from JSON",
            description = "The statement in its public shape, without what the server assigns (id, slug, version, timestamps); "
                    + "those are ignored if sent. Every field is checked, and each one that is wrong is named in the 422.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StatementInput.class),
            examples = @ExampleObject(name = "remarks", value = Examples.STATEMENT_INPUT)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(ref = VerbatimApi.INVALID_BODY)
    @APIResponse(ref = VerbatimApi.UNAUTHORIZED)
    @APIResponse(ref = VerbatimApi.FORBIDDEN)
    @APIResponse(ref = VerbatimApi.UNSUPPORTED)
    @APIResponse(ref = VerbatimApi.UNPROCESSABLE)
    public Response create(byte[] body) {
        StatementEditor.Tagged created = editor.create(body);
        return Response.created(URI.create("/api/v1/statements/" + created.statement().id()))
                .tag(EntityTag.valueOf(created.etag())).entity(created.statement()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
    @SecurityRequirement(name = VerbatimApi.API_KEY)
    @Operation(operationId = "replaceStatement", summary = "Correct a statement: replace what it says",
            description = "The whole statement as it should now read, in the shape of a creation; its id and slug stay and "
                    + "its version goes up. `If-Match` with the ETag of the statement as last read is required: 428 without "
                    + "it, 412 when the statement has changed since. The ETag of the result comes back for the next change.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StatementInput.class),
            examples = @ExampleObject(name = "remarks", value = Examples.STATEMENT_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(ref = VerbatimApi.INVALID_BODY)
    @APIResponse(ref = VerbatimApi.UNAUTHORIZED)
    @APIResponse(ref = VerbatimApi.FORBIDDEN)
    @APIResponse(ref = VerbatimApi.NOT_FOUND)
    @APIResponse(ref = VerbatimApi.GONE)
    @APIResponse(ref = VerbatimApi.PRECONDITION_FAILED)
    @APIResponse(ref = VerbatimApi.UNSUPPORTED)
    @APIResponse(ref = VerbatimApi.UNPROCESSABLE)
    @APIResponse(ref = VerbatimApi.PRECONDITION_REQUIRED)
    public Response replace(@Parameter(description = "Id or slug of the statement") @PathParam("id") String id,
            @Parameter(description = "The ETag of the statement as last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        if (ifMatch == null) {
            throw new ProblemException.PreconditionRequired("Send If-Match with the ETag of the statement as you last read it "
                    + "(GET /api/v1/statements/" + id + "), so that no change made meanwhile is overwritten.");
        }
        StatementEditor.Tagged replaced = editor.replace(id, ifMatch, body);
        return Response.ok(replaced.statement()).tag(EntityTag.valueOf(replaced.etag())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
    @SecurityRequirement(name = VerbatimApi.API_KEY)
    @Operation(operationId = "withdrawStatement", summary = "Withdraw a statement",
            description = "Afterwards the statement answers 410 Gone with the time of its withdrawal, leaves every list, search, "
                    + "archive, export and feed, and a `deleted` entry enters the change feed. `If-Match` is optional here; "
                    + "when sent, it must match (412 otherwise). Withdrawing it again answers 410.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(ref = VerbatimApi.UNAUTHORIZED)
    @APIResponse(ref = VerbatimApi.FORBIDDEN)
    @APIResponse(ref = VerbatimApi.NOT_FOUND)
    @APIResponse(ref = VerbatimApi.GONE)
    @APIResponse(ref = VerbatimApi.PRECONDITION_FAILED)
    public void withdraw(@Parameter(description = "Id or slug of the statement") @PathParam("id") String id,
            @Parameter(description = "The ETag of the statement as last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.withdraw(id, ifMatch);
    }

    /** The schema of a page of summaries, for the OpenAPI document. */
    @Schema(name = "StatementPage", requiredProperties = { "items", "next", "total" })
    static final class StatementPage {
        public List<StatementSummary> items;
        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
        public long total;
        @Schema(description = "Present with facets=true")
        public dev.verbatim.api.Facets facets;
    }
}
