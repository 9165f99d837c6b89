package dev.verbatim.api;

import dev.verbatim.domain.InvalidArguments;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request whose URL is not one (a {@code %} without two hex digits after it, a character a URL
 * never holds unencoded) is a 400 problem naming the parameter or the path, rather than the bare
 * 400 the HTTP layer answers by itself. The HTTP layer's own check ({@code new URI(uri)}) is turned
 * off by {@value #HTTP_LAYER_CHECK}, set before the server starts ({@code Main}, and the test
 * configuration); this filter makes the same check first, so that nothing after it meets a URL the
 * HTTP layer would have refused. Where the property is missing, the HTTP layer refuses as before.
 */
@ApplicationScoped
public class MalformedUrls {

    /** The system property that turns off Vert.x's bare 400 for a malformed URL, read once as the HTTP layer loads. */
    public static final String HTTP_LAYER_CHECK = "vertx.disableURIValidation";


    private final EarlyProblems problems;

    MalformedUrls(EarlyProblems problems) {
        this.problems = problems;
    }

    /**
     * The first route of all, ahead of the filters too: matching any route that has a path decodes
     * the path, which a malformed one fails with the router's own bare 400.
     */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            problems.end(context.response(), problem(uri, e));
            return;
        }
        context.next();
    }

    /** What is wrong with this URL, by the name of the query parameter that holds it, or as the path's. */
    static Problem problem(String uri, URISyntaxException e) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        String what = e.getReason().startsWith("Malformed escape pair")
                ? "holds a % that is not followed by two hexadecimal digits; a % of its own is written %25"
                : "holds a character that a URL carries only percent-encoded";
        if (query >= 0 && e.getIndex() > query) {
            String parameter = parameterAt(uri, query, e.getIndex());
            return ProblemMapper.problemOf(new InvalidArguments(parameter, what), printable(path));
        }
        return ProblemMapper.problemOf(new ProblemException.MalformedUrl("The path " + what + "."), printable(path));
    }

    /** The name of the query parameter in which this character of the URL stands, as sent. */
    private static String parameterAt(String uri, int query, int index) {
        int start = uri.lastIndexOf('&', index - 1);
        start = Math.max(start, query) + 1;
        int end = uri.indexOf('&', start);
        String pair = uri.substring(start, end < 0 ? uri.length() : end);
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        return printable(name.isEmpty() ? "(unnamed)" : name);
    }

    /** What is echoed back: no control characters, and never more than a line. */
    private static String printable(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 100 ? visible.substring(0, 100) + "…" : visible;
    }
}
