package dev.verbatim.security;

import dev.verbatim.openapi.Examples;
import dev.verbatim.api.Page;
import dev.verbatim.openapi.VerbatimApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys, for administrators. Nothing here is ever cached: each answer is marked no-store. */
@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = VerbatimApi.API_KEY)
@Tag(name = "Keys")
public class KeyResource {

    private static final String NO_STORE = "no-store";

    private final KeyService keys;

    KeyResource(KeyService keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createKey", summary = "Create an API key",
            description = "The answer carries the secret, once: it is not stored, only its SHA-256 digest is.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = KeyInput.class),
            examples = @ExampleObject(name = "editor", value = Examples.KEY_INPUT)))
    @APIResponse(responseCode = "201", description = "Created, with its secret",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(ref = VerbatimApi.INVALID_BODY)
    @APIResponse(ref = VerbatimApi.UNAUTHORIZED)
    @APIResponse(ref = VerbatimApi.FORBIDDEN)
    @APIResponse(ref = VerbatimApi.UNPROCESSABLE)
    public Response create(byte[] body) {
        KeyView key = keys.create(body);
        return Response.created(URI.create("/api/v1/keys/" + key.id())).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .entity(key).build();
    }

    @GET
    @Operation(operationId = "listKeys", summary = "List the API keys, without their secrets",
            description = "Every key ever created, oldest first, with its role and, once revoked, when. Secrets are never shown again.")
    @APIResponse(responseCode = "200", description = "Every key, oldest first, revoked ones included",
            content = @Content(schema = @Schema(implementation = KeyPage.class)))
    @APIResponse(ref = VerbatimApi.UNAUTHORIZED)
    @APIResponse(ref = VerbatimApi.FORBIDDEN)
    public Response list() {
        List<KeyView> all = keys.list();
        return Response.ok(new Page<>(all, null, all.size())).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeKey", summary = "Revoke an API key", description = "Refused from now on. Revoking it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(ref = VerbatimApi.UNAUTHORIZED)
    @APIResponse(ref = VerbatimApi.FORBIDDEN)
    @APIResponse(ref = VerbatimApi.NOT_FOUND)
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(id);
        return Response.noContent().header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** A page of keys, for the OpenAPI document. */
    @Schema(name = "KeyPage", requiredProperties = { "items", "next", "total" })
    static final class KeyPage {
        public List<KeyView> items;
        @Schema(nullable = true)
        public String next;
        public long total;
    }
}
