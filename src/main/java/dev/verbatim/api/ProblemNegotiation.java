package dev.verbatim.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Content negotiation as RFC 9110 has it, where the REST layer falls short. A client that lists
 * {@code application/problem+json} in Accept says it can read this API's errors, not that it
 * wants nothing else: clients generated from the OpenAPI document send it alone where an
 * operation declares no other JSON (a withdrawal's bodiless 204, the Atom feed), and are answered
 * in the operation's own type rather than refused. And a type refused with {@code q=0} is refused
 * ({@code application/json;q=0, *}{@code /*;q=0} is a 406), which the REST layer ignores.
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

    /** After matching: 406 when the client gives every type the operation produces a weight of zero. */
    @ServerRequestFilter(nonBlocking = true)
    public void refusedTypesAreRefused(ContainerRequestContext request, SimpleResourceInfo resource) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank() || resource == null || resource.getResourceClass() == null) {
            return;
        }
        Produces produces = producesOf(resource);
        if (produces == null) {
            return;
        }
        MediaRanges ranges = MediaRanges.of(accept);
        for (String type : produces.value()) {
            if (type.contains("*") || ranges.takes(type.split(";", 2)[0].trim())) {
                return;
            }
        }
        throw new NotAcceptableException();
    }

    private static Produces producesOf(SimpleResourceInfo resource) {
        try {
            Produces onMethod = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes())
                    .getAnnotation(Produces.class);
            return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(Produces.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Problems named, and nothing refused by name: a client that refuses a type is left to negotiation as it asked. */
    static boolean acceptsProblems(String accept) {
        MediaRanges ranges = MediaRanges.of(accept);
        return ranges.names(Problem.MEDIA_TYPE) && ranges.ranges().stream().noneMatch(MediaRanges.Range::refused);
    }
}
