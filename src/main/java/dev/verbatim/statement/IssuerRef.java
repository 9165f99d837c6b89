package dev.verbatim.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The issuer as a statement names it. */
@Schema(name = "IssuerRef", requiredProperties = { "id", "name" })
public record IssuerRef(
        @Schema(example = "ambassade-de-chine-en-belgique") String id,
        @Schema(example = "Ambassade de Chine en Belgique") String name) {
}
