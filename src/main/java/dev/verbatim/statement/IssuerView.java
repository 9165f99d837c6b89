package dev.verbatim.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issuer with how many statements it has published here. */
@Schema(name = "Issuer", requiredProperties = { "id", "name", "timeZone", "statementCount" })
public record IssuerView(
        @Schema(example = "ambassade-de-chine-en-belgique") String id,
        @Schema(example = "Ambassade de Chine en Belgique") String name,
        @Schema(description = "IANA zone its statements are dated in", example = "Europe/Brussels") String timeZone,
        @Schema(description = "Statements published and not withdrawn") long statementCount) {
}
