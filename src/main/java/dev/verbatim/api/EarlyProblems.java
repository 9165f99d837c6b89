package dev.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Problems answered by HTTP filters, before the REST layer and its exception mapper are reached
 * (a request too large, too many requests): the same problem+json, never cached.
 */
@ApplicationScoped
public class EarlyProblems {

    private final ObjectMapper json;

    EarlyProblems(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the response with this status and a problem of this type ({@code urn:verbatim:problem:TYPE}). */
    public void end(HttpServerResponse response, int status, String type, String title, String detail, String path) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(new Problem("urn:verbatim:problem:" + type, title, status, detail, path, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document is always serialisable", e);
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Buffer.buffer(body));
    }
}
