package dev.verbatim.sync;

import dev.verbatim.api.HttpCaching;
import dev.verbatim.statement.ListRequest;
import dev.verbatim.statement.SortedFilterParams;
import dev.verbatim.openapi.VerbatimApi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every matching statement in one download, for a snapshot to keep in sync with the change feed. */
@Path("/api/v1/statements/export")
@Tag(name = "Sync")
public class ExportResource {

    /** The change feed's position when the export began: replaying the feed from it brings the copy up to date. */
    static final String CHANGE_CURSOR = "Verbatim-Change-Cursor";

    private final Export export;
    private final ChangeFeed feed;

    ExportResource(Export export, ChangeFeed feed) {
        this.export = export;
        this.feed = feed;
    }

    @GET
    @Produces({ ExportFormat.NDJSON_TYPE, ExportFormat.CSV_TYPE })
    @Operation(operationId = "exportStatements", summary = "Download every matching statement",
            description = "Streamed, whatever the number: `ndjson` gives one whole statement per line, in the shape of "
                    + "`GET /api/v1/statements/{id}`; `csv` (RFC 4180, UTF-8, CRLF, with a header row) gives one row per Q&A pair, "
                    + "the statement's columns repeated, and one row with empty `qa.*` columns for a statement without pairs. "
                    + "Takes the list filters (no paging: everything that matches). The `" + CHANGE_CURSOR + "` header is the "
                    + "change feed's position when the export began: replay `/api/v1/changes?since=` it to stay in sync.")
    @APIResponse(responseCode = "200", description = "The statements",
            headers = {
                    @Header(name = CHANGE_CURSOR, description = "Change feed position the export is at least as new as",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "attachment, with a file name",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = {
                    @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.INVALID_PARAMETER)
    public Response export(@BeanParam SortedFilterParams filters,
            @Parameter(description = "`ndjson` (the default) or `csv`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "ndjson", "csv" }, defaultValue = "ndjson"))
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ExportFormat as = ExportFormat.of(format);
        ListRequest request = filters.everything(Export.SLICE);
        ChangeFeed.Head head = feed.head();
        // Nothing changed since the position, nothing in the export did: the position is its validator.
        String etag = "W/\"" + as.extension + "-" + head.cursor().encode() + "\"";
        if (HttpCaching.matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        StreamingOutput body = out -> export.write(request, as, out);
        String file = "verbatim-statements-" + LocalDate.now(ZoneOffset.UTC) + "." + as.extension;
        return Response.ok(body, as.contentType)
                .header(HttpHeaders.ETAG, etag)
                .header(CHANGE_CURSOR, head.cursor().encode())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }
}
