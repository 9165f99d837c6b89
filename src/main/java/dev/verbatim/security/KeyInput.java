package dev.verbatim.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key to create: who will hold it, and what it may do. */
@Schema(name = "KeyInput", requiredProperties = { "name", "role" })
public record KeyInput(
        @Schema(description = "Who holds the key, for the list of keys", example = "Newsroom importer")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "reader, editor (imports and edits) or admin (keys too)", enumeration = { "reader", "editor", "admin" })
        @NotNull @Pattern(regexp = "reader|editor|admin", message = "must be reader, editor or admin") String role) {
}
