package dev.verbatim.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional and cached GETs for every read. The body is serialised once; its digest becomes a
 * weak ETag (weak because the same body may travel gzip-compressed); a matching If-None-Match is
 * answered 304 without a body; and the rendered response is kept in {@link ResponseCache}, from
 * which {@link CachedReads} answers the next identical read. Pages get their RFC 8288
 * {@code Link: rel="next"} here too.
 */
public class HttpCaching {

    private static final String CACHE_KEY = HttpCaching.class.getName() + ".key";
    private static final String LAST_MODIFIED = HttpCaching.class.getName() + ".lastModified";

    private final ObjectMapper json;
    private final ResponseCache cache;
    private final String cacheControl;
    private final ChangeClock changes;

    HttpCaching(ObjectMapper json, ResponseCache cache, HttpConfig config, ChangeClock changes) {
        this.json = json;
        this.cache = cache;
        this.changes = changes;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
    }

    /** Notes which cache entry a read that missed the cache will fill, before it reads anything. */
    @ServerRequestFilter(nonBlocking = true)
    public void rememberCacheKey(ContainerRequestContext request) {
        if (isRead(request)) {
            var uri = request.getUriInfo().getRequestUri();
            request.setProperty(CACHE_KEY, cache.key(request.getHeaderString(HttpHeaders.HOST), uri.getRawPath(), uri.getRawQuery()));
            Instant lastModified = HttpDates.lastModified(changes.known(), Instant.now());
            if (lastModified != null) {
                request.setProperty(LAST_MODIFIED, lastModified);
            }
        }
    }

    @ServerResponseFilter
    public void conditional(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isRead(request) || response.getStatus() != 200 || isPrivate(response)) {
            return;
        }
        try {
            conditional(request, response, (Instant) request.getProperty(LAST_MODIFIED));
        } finally {
            if (!io.vertx.core.Context.isOnEventLoopThread()) {
                changes.refresh();
            }
        }
    }

    private void conditional(ContainerRequestContext request, ContainerResponseContext response, Instant lastModified) {
        if (lastModified != null) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, HttpDates.format(lastModified));
        }
        Object entity = response.getEntity();
        String link = null;
        if (entity instanceof Page<?> page && page.next() != null) {
            // Relative (RFC 8288 allows it): a cached Link must not carry the Host of whoever asked first.
            var uri = UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replaceQueryParam("cursor", page.next()).build();
            String next = uri.getRawPath() + "?" + uri.getRawQuery();
            link = "<" + next + ">; rel=\"next\"";
            response.getHeaders().putSingle("Link", link);
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        MediaType type = response.getMediaType();
        byte[] body = bodyOf(entity, type);
        if (body == null) {
            return;
        }
        String etag = EntityTags.of(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (request.getProperty(CACHE_KEY) instanceof String key) {
            cache.put(key, body, type.toString(), etag, link, lastModified);
        }
        if (notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag, request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
                lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
    }

    /** A response its resource marked no-store or private (an administrator's view): never cached nor shared. */
    private static boolean isPrivate(ContainerResponseContext response) {
        String control = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return control != null && (control.contains("no-store") || control.contains("private"));
    }

    /** A GET or a HEAD. */
    static boolean isRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    /** The bytes that will be sent, for JSON records and raw bodies; null for streams. */
    private byte[] bodyOf(Object entity, MediaType type) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity == null || type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return null;
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a GET is answered 304 (RFC 9110 section 13.2.2): by If-None-Match when it is given,
     * else by If-Modified-Since, when the response has a Last-Modified no later than it.
     */
    static boolean notModified(String ifNoneMatch, String etag, String ifModifiedSince, Instant lastModified) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        Instant since = HttpDates.parse(ifModifiedSince);
        return since != null && lastModified != null && !lastModified.isAfter(since);
    }

    /**
     * Weak comparison (RFC 9110 section 13.1.2): any listed tag, weak or strong, or {@code *}; for
     * If-None-Match, and for If-Match too, since every tag here is weak (a body may travel compressed).
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals(opaque) || tag.equals("W/" + opaque)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 96 bits of checksums and the length: a validator must change whenever the body does, and
     * needs no resistance to forgery, so two CPU-intrinsic checksums do it at a tenth of SHA-256's cost.
     */
    static String digest(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        Adler32 adler = new Adler32();
        adler.update(body);
        ByteBuffer tag = ByteBuffer.allocate(12).putInt((int) crc.getValue()).putInt((int) adler.getValue()).putInt(body.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tag.array());
    }
}
