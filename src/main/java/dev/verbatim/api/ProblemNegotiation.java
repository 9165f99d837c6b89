package dev.verbatim.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that lists {@code application/problem+json} in Accept says it can read this API's
 * errors, not that it wants nothing else: clients generated from the OpenAPI document send it
 * alone where an operation declares no other JSON (a withdrawal's bodiless 204, the Atom feed).
 * Such a request is answered in the operation's own type rather than refused with 406; a type the
 * client refuses by name with {@code q=0} stays refused, the more specific range deciding.
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

    static boolean acceptsProblems(String accept) {
        return MediaRanges.of(accept).names(Problem.MEDIA_TYPE);
    }
}
