package dev.verbatim.ingest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.verbatim.statement.StatementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a page import: the statement as stored (or, in a dry run, as it would be), with
 * how the page was read beside its fields.
 */
@Schema(name = "ImportedStatement", description = "A statement, as stored or as a dry run would store it, and how its page was read",
        requiredProperties = { "id", "slug", "title", "language", "issuer", "publishedAt", "publishedDate", "timeZone", "text", "qa", "source",
                "translations", "version", "diagnostics" })
public record ImportedStatement(@JsonUnwrapped StatementView statement, ImportDiagnostics diagnostics) {
}
