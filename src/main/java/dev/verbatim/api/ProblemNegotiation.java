package dev.verbatim.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that lists {@code application/problem+json} in Accept says it can read this API's
 * errors, not that it wants nothing else: clients generated from the OpenAPI document send it
 * alone where an operation declares no other JSON (a withdrawal's bodiless 204, the Atom feed).
 * Such a request is answered in the operation's own type rather than refused with 406, unless the
 * client refuses a type by name ({@code q=0}).
 */
public class ProblemNegotiation {

    /** Lowest but acceptable: any type the client names with a weight of its own is preferred. */
    private static final String ANYTHING_ELSE = "*/*;q=0.001";

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void problemsAreNotTheOnlyAnswer(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && acceptsProblems(accept)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", " + ANYTHING_ELSE);
        }
    }

    /** Problems named, and nothing refused by name: a client that refuses a type is left to negotiation as it asked. */
    static boolean acceptsProblems(String accept) {
        MediaRanges ranges = MediaRanges.of(accept);
        return ranges.names(Problem.MEDIA_TYPE) && ranges.ranges().stream().noneMatch(MediaRanges.Range::refused);
    }
}
