package dev.verbatim.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes never hold the server while their bodies trickle in: bodies are read as they arrive,
 * without a worker ({@code quarkus.rest.input-buffer-size}), and a client address has at most
 * {@code verbatim.http.uploads-per-client} bodies under way at once: the next is a 429 before
 * anything is read. Reads are never held by writes. A body without a Content-Type is a 415: it is
 * never guessed to be JSON.
 */
@ApplicationScoped
public class UploadLimits {

    /** After the size limits (20), before rate limiting (10). */
    private static final int PRIORITY = 15;

    private final EarlyProblems problems;
    private final int perClient;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    UploadLimits(EarlyProblems problems, HttpConfig config) {
        this.problems = problems;
        this.perClient = config.uploadsPerClient();
    }

    void install(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!carriesBody(request)) {
            context.next();
            return;
        }
        if (request.getHeader(HttpHeaders.CONTENT_TYPE) == null && announcesBody(request)) {
            problems.end(context.response().putHeader(HttpHeaders.CONNECTION, "close"), 415, "unsupported-media-type",
                    "Unsupported Media Type", "The body has no Content-Type; say what it is, such as application/json.",
                    request.path());
            return;
        }
        if (request.isEnded()) {
            context.next();
            return;
        }
        String client = client(request);
        AtomicInteger count = inFlight.computeIfAbsent(client, any -> new AtomicInteger());
        if (count.incrementAndGet() > perClient) {
            release(client, count);
            context.response().putHeader(HttpHeaders.RETRY_AFTER, "1").putHeader(HttpHeaders.CONNECTION, "close");
            problems.end(context.response(), 429, "too-many-uploads", "Too many uploads at once",
                    "This client already has " + perClient + " request bodies arriving; send the next when one is done.",
                    request.path());
            return;
        }
        context.addEndHandler(done -> release(client, count));
        context.next();
    }

    private void release(String client, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            inFlight.remove(client, count);
        }
    }

    /** A body is coming: a length above zero, or chunks. */
    private static boolean announcesBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || length != null && !length.trim().equals("0");
    }

    private static boolean carriesBody(HttpServerRequest request) {
        return (request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT) && request.path().startsWith("/api/");
    }

    /** Who sends the bytes: the address, whatever key it presents, so that varying the key gains nothing. */
    private static String client(HttpServerRequest request) {
        return request.remoteAddress().host();
    }
}
