package dev.verbatim.sync;

import dev.verbatim.openapi.Examples;
import dev.verbatim.statement.FilterParams;
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

/** The change feed, for clients that keep a copy in sync. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
public class ChangeResource {

    private final ChangeFeed feed;

    ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Every create, update and withdrawal, in commit order",
            description = "Changes after `since`, oldest first; from the very first when `since` is left out. Store `next` and "
                    + "ask with it later: no change is ever skipped, withdrawals (`deleted`) included, and entries stay in the "
                    + "feed for good. A statement changed several times appears once for each change; fetch it to get its "
                    + "current state (a `deleted` one answers 410).")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = ChangePage.class),
                    examples = @ExampleObject(name = "changes", value = Examples.CHANGES)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.INVALID_PARAMETER)
    public ChangePage changes(
            @Parameter(description = "Resume after this change: an item's `cursor` or a page's `next`.")
            @QueryParam("since") String since,
            @Parameter(description = "How many changes at most (1 to " + ChangeFeed.MAX_LIMIT + ").",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + ChangeFeed.MAX_LIMIT,
                            defaultValue = "" + ChangeFeed.DEFAULT_LIMIT))
            @QueryParam("limit") String limit) {
        ChangeCursor cursor = since == null ? ChangeCursor.START : ChangeCursor.decode(since);
        List<Violation> errors = new ArrayList<>();
        int size = FilterParams.limit(errors, limit, ChangeFeed.MAX_LIMIT, ChangeFeed.DEFAULT_LIMIT);
        if (!errors.isEmpty()) {
            throw new InvalidArguments(errors);
        }
        return feed.after(cursor, size);
    }
}
