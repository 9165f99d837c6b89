package dev.verbatim.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a read of the API or of a web page straight from {@link ResponseCache} on the I/O
 * thread, before the REST layer is involved; compression, CORS and metrics still wrap it like any
 * response. The server's own endpoints (/q/) are never cached.
 */
@ApplicationScoped
public class CachedReads {

    /** Below CORS and the other built-in filters, so they run first. */
    private static final int PRIORITY = 5;

    private final ResponseCache cache;
    private final String cacheControl;

    public CachedReads(ResponseCache cache, HttpConfig config) {
        this.cache = cache;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    private void answer(RoutingContext context) {
        var request = context.request();
        if ((request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) || request.path().startsWith("/q/")) {
            context.next();
            return;
        }
        ResponseCache.Entry hit = cache.get(cache.key(request.getHeader(HttpHeaders.HOST), request.path(), request.query()));
        if (hit == null || !accepts(request.getHeader(HttpHeaders.ACCEPT), hit.contentType())) {
            context.next();
            return;
        }
        var response = context.response()
                .putHeader(HttpHeaders.ETAG, hit.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.VARY, "Accept-Encoding");
        if (hit.link() != null) {
            response.putHeader("Link", hit.link());
        }
        if (hit.lastModified() != null) {
            response.putHeader(HttpHeaders.LAST_MODIFIED, HttpDates.format(hit.lastModified()));
        }
        if (HttpCaching.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH), hit.etag(),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), hit.lastModified())) {
            response.setStatusCode(304).end();
        } else if (request.method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType())
                    .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(hit.body().length)).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType()).end(Buffer.buffer(hit.body()));
        }
    }

    /**
     * Whether an Accept header takes this content type. Anything unusual (q=0, odd ranges) answers
     * no, which only sends the read down the ordinary path where content negotiation decides.
     */
    static boolean accepts(String accept, String contentType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        return MediaRanges.of(accept).takes(contentType.split(";", 2)[0].trim().toLowerCase());
    }
}
