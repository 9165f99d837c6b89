package dev.verbatim.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: the body of every error this API answers. */
@Schema(name = "Problem", requiredProperties = { "type", "title", "status", "detail" }, description = "RFC 9457 problem details; invalid input also lists each offending field.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "A URI naming the kind of problem", example = "urn:verbatim:problem:invalid-parameter") String type,
        @Schema(description = "A short summary of the kind of problem", example = "Invalid parameter") String title,
        @Schema(description = "The HTTP status code", example = "400") int status,
        @Schema(description = "What was wrong with this request", example = "limit: must be between 1 and 100") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Each invalid field or parameter, present for invalid input") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** What every type of this API's own begins with. */
    static final String TYPES = "urn:verbatim:problem:";

    /** One invalid field or parameter and what is wrong with it. */
    @Schema(name = "FieldError", requiredProperties = { "field", "message" })
    public record FieldError(
            @Schema(example = "limit") String field,
            @Schema(example = "must be between 1 and 100") String message) {
    }
}
