package dev.verbatim.api;

import dev.verbatim.domain.Conflict;
import dev.verbatim.domain.DomainException;
import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.InvalidContent;
import dev.verbatim.domain.NotFound;
import dev.verbatim.domain.StaleVersion;
import dev.verbatim.domain.Withdrawn;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problem+json. Nothing else writes an error body. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE = "urn:verbatim:problem:";

    private final AllowedMethods allowed;
    private final ProblemPages pages;

    ProblemMapper(AllowedMethods allowed, ProblemPages pages) {
        this.allowed = allowed;
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    /** The domain's refusals. */
    @ServerExceptionMapper
    public Response refused(DomainException e, UriInfo uri) {
        Problem problem = problem(e, path(uri));
        return problem == null ? unexpected(e, uri) : respond(problem);
    }

    /**
     * The problem a domain refusal is answered with: the one place where each kind gets its status
     * and problem type (a line of a batch import is reported with it too). Null for a kind unknown here.
     */
    public static Problem problem(DomainException e, String instance) {
        List<Problem.FieldError> errors = e.violations().isEmpty() ? null
                : e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        String detail = e.getMessage();
        if (e instanceof NotFound) {
            return new Problem(TYPE + "not-found", "Not found", 404, detail, instance, null);
        } else if (e instanceof Withdrawn) {
            return new Problem(TYPE + "gone", "Gone", 410, detail, instance, null);
        } else if (e instanceof InvalidArguments) {
            return new Problem(TYPE + "invalid-parameter", "Invalid parameter", 400, detail, instance, errors);
        } else if (e instanceof InvalidContent) {
            return new Problem(TYPE + "unprocessable", "Unprocessable content", 422, detail, instance, errors);
        } else if (e instanceof Conflict) {
            return new Problem(TYPE + "conflict", "Conflict", 409, detail, instance, null);
        } else if (e instanceof StaleVersion) {
            return new Problem(TYPE + "precondition-failed", "Precondition failed", 412, detail, instance, null);
        }
        return null;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(new ProblemException.InvalidParameters(errors), uri);
    }

    /** No key, or a key that is unknown or revoked: 401 with the scheme to use. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return builder(new Problem("urn:verbatim:problem:unauthorized", "Unauthorized", 401,
                "This needs an API key with the editor or admin role: Authorization: Bearer KEY. "
                        + (e instanceof AuthenticationFailedException ? "The key given is unknown or revoked." : "None was given."),
                path(uri), null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"verbatim\"")
                .build();
    }

    /** A valid key without the role the operation needs. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("urn:verbatim:problem:forbidden", "Forbidden", 403,
                "This API key's role does not allow this operation.", path(uri), null));
    }

    /** Routing and content negotiation failures: unknown path, 405, 406, 415, unreadable body. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        Response.ResponseBuilder answer = builder(new Problem("about:blank", title, status, detail(status, e), path(uri), null));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && status == 405 && uri != null) {
            allow = allowed.of(uri.getRequestUri().getRawPath()).orElse(null);
        }
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    /** Two changes raced: the other committed first, so this one was made to a version that is gone. */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return problem(new ProblemException.PreconditionFailed(
                "The statement was changed by another request while this one was made; read it again and retry."), uri);
    }

    /**
     * The connection closed while the body was being read: the client went away. When an answer is
     * already out, the failure goes back to the HTTP layer, which takes it for a client gone (no
     * error logged).
     */
    @ServerExceptionMapper
    public Response unreadable(IOException e, UriInfo uri, HttpServerRequest request) throws IOException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                if (request.response().ended() || request.response().closed()) {
                    throw e;
                }
                return respond(new Problem("urn:verbatim:problem:body-timeout", "Request timeout", 408,
                        "The connection closed before the body arrived.", path(uri), null));
            }
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure answering %s", path(uri));
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "The server failed to answer this request; the failure has been logged.", path(uri), null));
    }

    private static String detail(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the media types in Accept can be produced here.";
            case 415 -> "This content type is not accepted here.";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "The request was refused." : e.getMessage();
        };
    }

    private Response respond(Problem problem) {
        return builder(problem).build();
    }

    private Response.ResponseBuilder builder(Problem problem) {
        if (problem.instance() != null && pages.isPage(problem.instance())) {
            // The web pages' errors, and theirs only, are HTML; every error of the API stays problem+json.
            return Response.status(problem.status())
                    .type("text/html;charset=UTF-8")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(pages.render(problem));
        }
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** The last node of a violation's path: the parameter or field name the client used. */
    private static String field(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }
}
