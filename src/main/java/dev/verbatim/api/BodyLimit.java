package dev.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than the HTTP layer accepts before reading any of it, with a
 * 413 problem rather than the bare 413 the HTTP layer would send.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before the HTTP layer's own limit, which runs at order -2. */
    private static final int ORDER = -3;

    private final long largest;
    private final byte[] problem;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize largest, ObjectMapper json)
            throws JsonProcessingException {
        this.largest = largest.asLongValue();
        this.problem = json.writeValueAsBytes(new Problem("urn:verbatim:problem:too-large", "Content too large", 413,
                "The body is larger than this server accepts (" + this.largest + " bytes).", null, null));
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isLarger(length)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Buffer.buffer(problem));
                return;
            }
            context.next();
        });
    }

    private boolean isLarger(String length) {
        try {
            return Long.parseLong(length.trim()) > largest;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
