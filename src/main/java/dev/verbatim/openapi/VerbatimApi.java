package dev.verbatim.openapi;

import dev.verbatim.api.Problem;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API as a whole: its description and the responses every operation shares. */
@OpenAPIDefinition(
        info = @Info(title = "Verbatim API", version = "1",
                description = "Official statements (spokesperson statements, declarations, press-conference transcripts) "
                        + "as structured JSON: each with its title, issuer, publication date-time and ordered Q&A pairs. "
                        + "Reads are anonymous; every error is RFC 9457 problem+json.",
                contact = @Contact(name = "Verbatim"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Statements", description = "Reading statements and their Q&A pairs"),
                @Tag(name = "Issuers", description = "Who publishes statements"),
                @Tag(name = "Search", description = "Full-text search down to one Q&A pair; `q` also works on every list"),
                @Tag(name = "Sync", description = "The change feed, export and feeds, for clients that keep a copy"),
                @Tag(name = "Imports", description = "Raw statement pages in, structured statements out (editor or admin key)"),
                @Tag(name = "Keys", description = "API keys for writers: created, listed and revoked by administrators"),
                @Tag(name = "Administration", description = "Keeping the service (admin key)")
        },
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = VerbatimApi.API_KEY, type = SecuritySchemeType.HTTP,
                        scheme = "bearer", description = "An API key: Authorization: Bearer KEY"),
                responses = {
                @APIResponse(name = VerbatimApi.UNAUTHORIZED, responseCode = "401",
                        description = "No API key where one is needed, or a key that is unknown, revoked or not sent as "
                                + "Authorization: Bearer KEY (on any operation: reads need no key, but a wrong one is refused)",
                        headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.FORBIDDEN, responseCode = "403",
                        description = "The key's role does not allow this",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.TOO_LARGE, responseCode = "413",
                        description = "The body is larger than accepted",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.UNSUPPORTED, responseCode = "415",
                        description = "The body is not of a kind accepted here",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.UNPROCESSABLE, responseCode = "422",
                        description = "Well-formed input that cannot be made into a statement; errors name what is missing",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.NOT_MODIFIED, responseCode = "304",
                        description = "Unchanged since the ETag given in If-None-Match or, without one, since the date "
                                + "given in If-Modified-Since (a Last-Modified the server sent)",
                        headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))),
                @APIResponse(name = VerbatimApi.INVALID_PARAMETER, responseCode = "400",
                        description = "A parameter is invalid; each one is named in errors",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "invalid date", value = Examples.INVALID_PARAMETER))),
                @APIResponse(name = VerbatimApi.NOT_FOUND, responseCode = "404",
                        description = "Nothing has this id or slug",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND))),
                @APIResponse(name = VerbatimApi.URI_TOO_LONG, responseCode = "414",
                        description = "The URL is longer than this server takes",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.HEADERS_TOO_LARGE, responseCode = "431",
                        description = "The request headers are larger than this server takes",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.TOO_MANY_REQUESTS, responseCode = "429",
                        description = "Over the rate limit of this API key, or of this address without a key",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.UNAVAILABLE, responseCode = "503",
                        description = "The server is saturated or the database did not answer in time: the request waited "
                                + "its turn as long as it may (every read or search turn taken), or every database connection "
                                + "was busy, or the database is unreachable; send the request again after Retry-After",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.NOT_ACCEPTABLE, responseCode = "406",
                        description = "None of the media types in Accept can be produced",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.CONFLICT, responseCode = "409",
                        description = "The request conflicts with what is under way or stored",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.INVALID_BODY, responseCode = "400",
                        description = "The body is not a statement in JSON",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.PRECONDITION_FAILED, responseCode = "412",
                        description = "The statement has changed since the version If-Match names; read it again",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.PRECONDITION_REQUIRED, responseCode = "428",
                        description = "If-Match is required: send the ETag of the statement as last read",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = VerbatimApi.GONE, responseCode = "410",
                        description = "The statement was withdrawn",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "withdrawn", value = Examples.GONE)))
        }))
public class VerbatimApi extends Application {

    public static final String NOT_MODIFIED = "NotModified";
    public static final String INVALID_PARAMETER = "InvalidParameter";
    public static final String NOT_FOUND = "NotFound";
    public static final String GONE = "Gone";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String UNAVAILABLE = "Unavailable";
    public static final String URI_TOO_LONG = "UriTooLong";
    public static final String HEADERS_TOO_LARGE = "HeadersTooLarge";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String TOO_LARGE = "TooLarge";
    public static final String UNSUPPORTED = "UnsupportedContent";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String CONFLICT = "Conflict";
    public static final String INVALID_BODY = "InvalidBody";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String API_KEY = "apiKey";
}
