package dev.verbatim.statement;

import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.Violation;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters, and the paging and facets of a list: the query parameters of every list and the archive. */
public class ListParams extends SortedFilterParams {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    @QueryParam("facets")
    @Parameter(description = "With `true`, the page also carries counts of all matching items by year, language and issuer.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String facets;

    @QueryParam("limit")
    @Parameter(description = "Items per page.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "Where the page starts: the `next` value of the previous page.",
            schema = @Schema(type = SchemaType.STRING))
    String cursor;

    public ListParams() {
    }

    /** Checks every parameter and names each invalid one; throws {@link InvalidArguments}. */
    public ListRequest parse() {
        return checked(this::parse);
    }

    private ListRequest parse(List<Violation> errors) {
        // Reported after the filters, in the order the parameters are documented.
        List<Violation> paging = new ArrayList<>();
        boolean withFacets = false;
        if (facets != null) {
            withFacets = "true".equals(facets);
            if (!withFacets && !"false".equals(facets)) {
                paging.add(new Violation("facets", "must be true or false"));
            }
        }
        int size = limit(paging, limit, MAX_LIMIT, DEFAULT_LIMIT);
        Cursor position = null;
        if (cursor != null) {
            try {
                position = Cursor.decode(cursor);
            } catch (InvalidArguments e) {
                paging.addAll(e.violations());
            }
        }
        ListRequest request = request(errors, true, size, position, withFacets);
        errors.addAll(paging);
        return request;
    }

}
