package dev.verbatim.api;

import dev.verbatim.domain.Busy;
import dev.verbatim.domain.Conflict;
import dev.verbatim.domain.DomainException;
import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.InvalidContent;
import dev.verbatim.domain.NotFound;
import dev.verbatim.domain.StaleVersion;
import dev.verbatim.domain.Violation;
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
import java.util.Map;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problem+json. Nothing else writes an error body. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final AllowedMethods allowed;
    private final ProblemPages pages;

    ProblemMapper(AllowedMethods allowed, ProblemPages pages) {
        this.allowed = allowed;
        this.pages = pages;
    }

    /** A refusal's status, type and title: the one place where each kind of refusal gets them. */
    private record Kind(int status, String type, String title) {
        Kind(int status, String type, String title) {
            this.status = status;
            this.type = Problem.TYPES + type;
            this.title = title;
        }
    }

    private static final Kind UNPROCESSABLE = new Kind(422, "unprocessable", "Unprocessable content");

    private static final Map<Class<? extends RuntimeException>, Kind> KINDS = Map.ofEntries(
            Map.entry(NotFound.class, new Kind(404, "not-found", "Not found")),
            Map.entry(Withdrawn.class, new Kind(410, "gone", "Gone")),
            Map.entry(InvalidArguments.class, new Kind(400, "invalid-parameter", "Invalid parameter")),
            Map.entry(InvalidContent.class, UNPROCESSABLE),
            Map.entry(Conflict.class, new Kind(409, "conflict", "Conflict")),
            Map.entry(StaleVersion.class, new Kind(412, "precondition-failed", "Precondition failed")),
            Map.entry(Busy.class, new Kind(DatabaseUnavailable.STATUS, DatabaseUnavailable.TYPE, DatabaseUnavailable.TITLE)),
            Map.entry(ProblemException.Unprocessable.class, UNPROCESSABLE),
            Map.entry(ProblemException.PreconditionRequired.class, new Kind(428, "precondition-required", "Precondition required")),
            Map.entry(ProblemException.TooLarge.class, new Kind(413, "too-large", "Content too large")),
            Map.entry(ProblemException.UnsupportedContent.class, new Kind(415, "unsupported-content", "Unsupported content")),
            Map.entry(ProblemException.InvalidBody.class, new Kind(400, "invalid-body", "Invalid body")),
            Map.entry(ProblemException.MalformedUrl.class, new Kind(400, "invalid-url", "Invalid URL")));

    /**
     * The problem document that answers this refusal, wherever it is told: a response, a line of a
     * batch's report, a filter's early answer. {@code instance} is the request path, or null.
     */
    public static Problem problemOf(DomainException e, String instance) {
        List<Problem.FieldError> errors = e.violations().isEmpty() ? null
                : e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        return problem(KINDS.get(e.getClass()), e.getMessage(), instance, errors);
    }

    /** The problem document that answers this refusal of the web layer's own; see the other {@code problemOf}. */
    public static Problem problemOf(ProblemException e, String instance) {
        return problem(KINDS.get(e.getClass()), e.getMessage(), instance, e.errors());
    }

    /**
     * The problem of a refusal caught as either kind, as a batch's line or the import command reports
     * it; anything else is not a refusal and is an error of the caller's.
     */
    public static Problem problemOf(RuntimeException e, String instance) {
        if (e instanceof DomainException refused) {
            return problemOf(refused, instance);
        }
        if (e instanceof ProblemException known) {
            return problemOf(known, instance);
        }
        throw new IllegalArgumentException("Not a refusal: " + e, e);
    }

    private static Problem problem(Kind kind, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, instance, errors);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(problemOf(e, path(uri)));
    }

    /** The domain's refusals, each with the status and problem type of its kind. */
    @ServerExceptionMapper
    public Response refused(DomainException e, UriInfo uri) {
        if (e instanceof Busy) {
            // Like a database that did not answer in time (unavailable): the same request may be sent again.
            return builder(problemOf(e, path(uri))).header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        return respond(problemOf(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return refused(new InvalidArguments(violations), uri);
    }

    /** No key, or a key that is unknown or revoked: 401 with the scheme to use. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return builder(new Problem(Problem.TYPES + "unauthorized", "Unauthorized", 401,
                "This needs an API key with the editor or admin role: Authorization: Bearer KEY. "
                        + (e instanceof AuthenticationFailedException ? "The key given is unknown or revoked." : "None was given."),
                path(uri), null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"verbatim\"")
                .build();
    }

    /** A valid key without the role the operation needs. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPES + "forbidden", "Forbidden", 403,
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
        return refused(new StaleVersion(
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
                return respond(new Problem(Problem.TYPES + "body-timeout", "Request timeout", 408,
                        "The connection closed before the body arrived.", path(uri), null));
            }
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.caused(e)) {
            LOG.warnf("No database connection to answer %s: %s", path(uri), e.getMessage());
            return builder(new Problem(Problem.TYPES + DatabaseUnavailable.TYPE, DatabaseUnavailable.TITLE, DatabaseUnavailable.STATUS,
                    DatabaseUnavailable.DETAIL, path(uri), null))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
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
