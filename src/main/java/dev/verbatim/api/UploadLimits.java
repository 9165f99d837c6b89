package dev.verbatim.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes never hold the server's workers while their bodies trickle in: a client address has at
 * most {@code verbatim.http.uploads-per-client} bodies arriving at once, the next is a 429 before
 * anything is read; and a body that has not arrived within
 * {@code verbatim.http.body-timeout} of its headers is a 408, its connection closed, which frees
 * the worker waiting for it. Reads are never held by writes. A body without a Content-Type is a
 * 415: it is never guessed to be JSON.
 */
@ApplicationScoped
public class UploadLimits {

    /** After the size limits (20), before rate limiting (10). */
    private static final int PRIORITY = 15;

    private final Vertx vertx;
    private final EarlyProblems problems;
    private final long timeoutMillis;
    private final int perClient;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    UploadLimits(Vertx vertx, EarlyProblems problems, HttpConfig config) {
        this.vertx = vertx;
        this.problems = problems;
        this.timeoutMillis = config.bodyTimeout().toMillis();
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
        long timer = vertx.setTimer(timeoutMillis, id -> {
            if (!request.isEnded() && !context.response().ended()) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                problems.end(context.response(), 408, "body-timeout", "Request timeout",
                        "The body did not arrive within " + timeoutMillis / 1000 + " s of the request's headers.", request.path());
                request.connection().close();
            }
        });
        context.addEndHandler(done -> {
            vertx.cancelTimer(timer);
            release(client, count);
        });
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
