package dev.verbatim.sync;

import dev.verbatim.statement.ListRequest;
import dev.verbatim.statement.SortedFilterParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The list filters and how many entries a feed carries. */
public class FeedParams extends SortedFilterParams {

    static final int MAX_ENTRIES = 100;
    static final int DEFAULT_ENTRIES = 20;

    @QueryParam("limit")
    @Parameter(description = "How many of the newest matching statements the feed carries.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String limit;

    public FeedParams() {
    }

    /** The newest matching statements, or a 400 naming every invalid parameter. */
    ListRequest parse() {
        return checked(errors -> request(errors, false, limit(errors, limit, MAX_ENTRIES, DEFAULT_ENTRIES), null, false));
    }
}
