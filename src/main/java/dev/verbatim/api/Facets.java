package dev.verbatim.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many of the items matching a query fall in each year, language and issuer. */
@Schema(name = "Facets", requiredProperties = { "year", "language", "issuer" }, description = "Counts of the matching items by year (newest first), language and issuer (most first)")
public record Facets(List<Count> year, List<Count> language, List<Count> issuer) {

    /** One value of a facet and how many matching items carry it. */
    @Schema(name = "FacetCount", requiredProperties = { "value", "count" })
    public record Count(@Schema(example = "2022") String value, @Schema(example = "12") long count) {
    }
}
