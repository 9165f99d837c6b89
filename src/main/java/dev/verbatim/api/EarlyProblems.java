package dev.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/**
 * Problems answered by HTTP filters, before the REST layer and its exception mapper are reached
 * (a malformed URL, a request too large, too many requests): the same problem+json, or the same
 * HTML page for a web page's path, never cached.
 */
@ApplicationScoped
public class EarlyProblems {

    private final ObjectMapper json;
    private final ProblemPages pages;

    EarlyProblems(ObjectMapper json, ProblemPages pages) {
        this.json = json;
        this.pages = pages;
    }

    /** Ends the response with this status and a problem of this type ({@code urn:verbatim:problem:TYPE}). */
    public void end(HttpServerResponse response, int status, String type, String title, String detail, String path) {
        end(response, new Problem(Problem.TYPES + type, title, status, detail, path, null));
    }

    /** Ends the response with this problem, told as a page where its path is a web page's. */
    void end(HttpServerResponse response, Problem problem) {
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (problem.instance() != null && pages.isPage(problem.instance())) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(Buffer.buffer(pages.render(problem).getBytes(StandardCharsets.UTF_8)));
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document is always serialisable", e);
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(Buffer.buffer(body));
    }
}
