package dev.verbatim.statement;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and an order: what lists, searches, the export and the feeds take. */
public class SortedFilterParams extends FilterParams {

    @QueryParam("sort")
    @Parameter(description = "Order of the list: newest or oldest publication first, or best match first "
            + "(`relevance`, the default when `q` is given, and only then; feeds are newest first unless asked otherwise).",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "newest", "oldest", "relevance" }))
    protected String sort;

    public SortedFilterParams() {
    }

    @Override
    protected String sort() {
        return sort;
    }
}
