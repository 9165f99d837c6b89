package dev.verbatim.sync;

import dev.verbatim.openapi.VerbatimApi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feeds of the newest matching statements, for a journalist to subscribe to one issuer or one search. */
@Path("/api/v1/feeds")
@Tag(name = "Sync")
public class FeedResource {

    private final Feeds feeds;

    FeedResource(Feeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("atom")
    @Produces(Feeds.ATOM)
    @Operation(operationId = "atomFeed", summary = "Atom feed of the newest matching statements",
            description = "An Atom 1.0 (RFC 4287) feed of the newest statements the list filters match, each entry with the "
                    + "statement's text and Q&A pairs as plain text and a link to it. Entry ids are tag URIs built from the "
                    + "statement ids, stable forever.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = Feeds.ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.INVALID_PARAMETER)
    public byte[] atom(@BeanParam FeedParams params,
            @Context UriInfo uri) {
        return feeds.atom(params.parse(), place(uri));
    }

    @GET
    @Path("json")
    @Produces(Feeds.JSON_FEED)
    @Operation(operationId = "jsonFeed", summary = "JSON Feed of the newest matching statements",
            description = "A JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the newest statements the list filters match, "
                    + "each item with the statement's text and Q&A pairs as `content_text`.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = Feeds.JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    @APIResponse(ref = VerbatimApi.NOT_MODIFIED)
    @APIResponse(ref = VerbatimApi.INVALID_PARAMETER)
    public JsonFeed json(@BeanParam FeedParams params,
            @Context UriInfo uri) {
        return feeds.json(params.parse(), place(uri));
    }

    private static Feeds.Place place(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return new Feeds.Place(uri.getRequestUri(), uri.getBaseUri(),
                "Verbatim: newest statements" + (query == null ? "" : " (" + uri.getRequestUri().getQuery() + ")"));
    }
}
