package dev.verbatim.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The ETag of a JSON representation, the same one a GET of it carries: what an editor sends back
 * in If-Match to say which version of a statement the change is made to.
 */
@ApplicationScoped
public class EntityTags {

    private final ObjectMapper json;

    EntityTags(ObjectMapper json) {
        this.json = json;
    }

    public String of(Object entity) {
        try {
            return of(json.writeValueAsBytes(entity));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String of(byte[] body) {
        return "W/\"" + HttpCaching.digest(body) + "\"";
    }
}
