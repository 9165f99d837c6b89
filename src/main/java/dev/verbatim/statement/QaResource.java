package dev.verbatim.statement;

import dev.verbatim.api.Page;
import dev.verbatim.api.Searching;
import dev.verbatim.openapi.Examples;
import dev.verbatim.openapi.VerbatimApi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Q&A pairs that match a search, each ready to cite. */
@Path("/api/v1/qa")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class QaResource {

    private final StatementSearch search;

    public QaResource(StatementSearch search) {
        this.search = search;
    }

    @GET
    @Searching
    @Operation(operationId = "searchQa", summary = "Search single Q&A pairs",
            description = "Pairs matching `q` (and the list filters), best match first, each with its statement's id, title and "
                    + "dates, a link to cite it and highlights. Without `q`, every pair, newest statement first.")
    @APIResponse(responseCode = "200", description = "A page of pairs",
            content = @Content(schema = @Schema(implementation = QaPage.class),
                    examples = @ExampleObject(name = "seed", value = Examples.QA_HITS)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.INVALID_PARAMETER)
    public Page<QaCitation> search(@BeanParam ListParams params,
            @Parameter(description = "Search only the questions, or only the answers; both when left out.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "question", "answer" }))
            @QueryParam("in") String in) {
        return search.pairs(params, in);
    }

    /** The schema of a page of pairs, for the OpenAPI document. */
    @Schema(name = "QaPage", requiredProperties = { "items", "next", "total" })
    static final class QaPage {
        public List<QaCitation> items;
        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
        public long total;
        @Schema(description = "Present with facets=true")
        public dev.verbatim.api.Facets facets;
    }
}
