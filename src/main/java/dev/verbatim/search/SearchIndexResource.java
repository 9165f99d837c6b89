package dev.verbatim.search;

import dev.verbatim.openapi.Examples;
import dev.verbatim.openapi.VerbatimApi;
import dev.verbatim.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The search index's state, and rebuilding it from the database. */
@Path("/api/v1/admin/search-index")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = VerbatimApi.API_KEY)
public class SearchIndexResource {

    private final IndexSync sync;

    public SearchIndexResource(IndexSync sync) {
        this.sync = sync;
    }

    @GET
    @Operation(operationId = "getSearchIndex", summary = "The search index's state and the progress of a rebuild",
            description = "How many documents the index holds (a statement and each of its Q&A pairs are one each), whether "
                    + "it is idle, catching up or rebuilding, and the progress and outcome of the current or last run.")
    @APIResponse(responseCode = "200", description = "The state",
            content = @Content(schema = @Schema(implementation = IndexStatus.class),
                    examples = @ExampleObject(name = "rebuilding", value = Examples.INDEX_STATUS)))
    @APIResponse(ref = VerbatimApi.UNAUTHORIZED)
    @APIResponse(ref = VerbatimApi.FORBIDDEN)
    public Response status() {
        // Progress changes from one second to the next: never served from a cache.
        return Response.ok(sync.status()).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("rebuild")
    @Operation(operationId = "rebuildSearchIndex", summary = "Rebuild the search index from the database",
            description = "Starts indexing every stored statement again, in the background; searches keep answering "
                    + "meanwhile. Follow the progress at the Location given.")
    @APIResponse(responseCode = "202", description = "The rebuild has started",
            content = @Content(schema = @Schema(implementation = IndexStatus.class)))
    @APIResponse(ref = VerbatimApi.UNAUTHORIZED)
    @APIResponse(ref = VerbatimApi.FORBIDDEN)
    @APIResponse(ref = VerbatimApi.CONFLICT)
    public Response rebuild() {
        return Response.accepted(sync.startRebuild()).location(URI.create("/api/v1/admin/search-index")).build();
    }
}
