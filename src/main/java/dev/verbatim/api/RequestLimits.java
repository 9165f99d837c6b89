package dev.verbatim.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The size limits of a request, answered with problems before anything is read: a URL too long
 * (414), headers too large (431), a body announced larger than the HTTP layer accepts (413). The
 * HTTP layer's own limits are set higher, as a backstop: what it refuses gets a bare status.
 */
@ApplicationScoped
public class RequestLimits {

    /**
     * Among the first filters: before the cache of rendered reads (5) and rate limiting (10), and,
     * as filters run before routes, before the HTTP layer's own body limit.
     */
    private static final int PRIORITY = 20;

    private final long largestBody;
    private final int longestUri;
    private final int largestHeaders;
    private final EarlyProblems problems;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize largestBody, HttpConfig config,
            EarlyProblems problems) {
        this.largestBody = largestBody.asLongValue();
        this.longestUri = config.maxUriLength();
        this.largestHeaders = config.maxHeaderSize();
        this.problems = problems;
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int uri = request.uri().length();
        if (uri > longestUri) {
            refuse(context, 414, "uri-too-long", "URI too long",
                    "The URL has " + uri + " characters; this server takes " + longestUri + " at most.");
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > largestHeaders) {
            refuse(context, 431, "headers-too-large", "Request header fields too large",
                    "The headers take " + headers + " bytes; this server takes " + largestHeaders + " at most.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isLarger(length)) {
            refuse(context, 413, "too-large", "Content too large",
                    "The body is larger than this server accepts (" + largestBody + " bytes).");
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, int status, String type, String title, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.end(context.response(), status, type, title, detail, null);
    }

    private boolean isLarger(String length) {
        try {
            return Long.parseLong(length.trim()) > largestBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
