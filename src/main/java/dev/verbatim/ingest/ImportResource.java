package dev.verbatim.ingest;

import dev.verbatim.openapi.Examples;
import dev.verbatim.openapi.VerbatimApi;
import dev.verbatim.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Raw statement pages in, structured statements out. */
@Path("/api/v1/imports")
@Tag(name = "Imports")
@RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
@SecurityRequirement(name = VerbatimApi.API_KEY)
public class ImportResource {

    /** Which zone dated the statement: page, parameter, issuer, issuer-location or default (UTC). */
    static final String ZONE_SOURCE = "Verbatim-Time-Zone-Source";
    static final String NDJSON = "application/x-ndjson";

    private final StatementImporter importer;
    private final BulkImport bulk;
    private final ImportBodies bodies;

    ImportResource(StatementImporter importer, BulkImport bulk, ImportBodies bodies) {
        this.importer = importer;
        this.bulk = bulk;
        this.bodies = bodies;
    }

    @POST
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, NDJSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importStatements", summary = "Import a raw statement page, or a batch of statements",
            description = "text/plain (page text as a browser shows it) or text/html (a whole page): the title, date, issuer, "
                    + "language and Q&A pairs are read from the page; 201 with the stored statement and its Location. The same "
                    + "bytes again answer 200 with the statement already stored; a changed page with the same sourceUrl updates "
                    + "its statement (200, version up). The header Verbatim-Time-Zone-Source says which zone dated it, by this "
                    + "order: page (an offset on the page), parameter (timeZone), issuer (configured, or the issuer's known zone), "
                    + "issuer-location (the country or city the issuer's name puts it in), or default (UTC). Beside the "
                    + "statement's fields, `diagnostics` says how the page was read: where the title, the date and the zone were "
                    + "found and by which rule, which markers split the pairs, how many lines were dropped as furniture, and "
                    + "warnings (dates that disagree, a pair without answer, a question that looks like two).\n\napplication/x-ndjson: one statement a line in the shape of "
                    + "the Statement (without id, slug, version and timestamps); 200 with a report per line, each with the "
                    + "status it alone would have had. A bad line fails only itself.")
    @RequestBody(content = { @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "remarks", value = Examples.PAGE_TEXT)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "201", description = "The page was stored as a new statement",
            headers = { @Header(name = "Location", description = "The new statement", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ZONE_SOURCE, schema = @Schema(type = SchemaType.STRING, enumeration = { "page", "parameter", "issuer", "issuer-location", "default" })) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportedStatement.class)))
    @APIResponse(responseCode = "200", description = "A page already stored (same bytes), updated (same sourceUrl) or parsed in a "
            + "dry run: the statement; or a batch: its report",
            headers = @Header(name = ZONE_SOURCE, schema = @Schema(type = SchemaType.STRING, enumeration = { "page", "parameter", "issuer", "issuer-location", "default" })),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = { ImportedStatement.class, BatchReport.class })))
    @APIResponse(ref = VerbatimApi.INVALID_PARAMETER)
    @APIResponse(ref = VerbatimApi.UNAUTHORIZED)
    @APIResponse(ref = VerbatimApi.FORBIDDEN)
    @APIResponse(ref = VerbatimApi.TOO_LARGE)
    @APIResponse(ref = VerbatimApi.UNSUPPORTED)
    @APIResponse(ref = VerbatimApi.UNPROCESSABLE)
    public Response importStatements(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @BeanParam ImportParams params) throws IOException {
        String mediaType = type.getType() + "/" + type.getSubtype();
        if (mediaType.equalsIgnoreCase(NDJSON)) {
            return Response.ok(bulk.ndjson(body, params.dryRun()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        ImportOptions options = params.options();
        ImportOutcome outcome = importer.importPage(bodies.page(body, mediaType, type.getParameters().get(MediaType.CHARSET_PARAMETER)),
                options);
        Response.ResponseBuilder answer = outcome.result() == ImportOutcome.Result.CREATED
                ? Response.created(URI.create("/api/v1/statements/" + outcome.statement().id()))
                : Response.ok();
        return answer.entity(new ImportedStatement(outcome.statement(), outcome.diagnostics())).type(MediaType.APPLICATION_JSON_TYPE)
                .header(ZONE_SOURCE, outcome.zoneSource().wireName()).build();
    }
}
