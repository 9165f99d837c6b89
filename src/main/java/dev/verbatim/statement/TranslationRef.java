package dev.verbatim.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another statement that is a translation of this one. */
@Schema(name = "Translation", requiredProperties = { "language", "id" })
public record TranslationRef(@Schema(example = "en") String language, String id) {
}
