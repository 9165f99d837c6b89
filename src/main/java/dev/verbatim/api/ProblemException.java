package dev.verbatim.api;

import java.util.List;

/**
 * A failure the client can act on. Services throw one of the subclasses; {@link ProblemMapper}
 * turns it into problem+json, so no resource builds an error body.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    protected ProblemException(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = "urn:verbatim:problem:" + type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return null;
    }

    /** 404: nothing is known by that id or slug. */
    public static class NotFound extends ProblemException {
        public NotFound(String detail) {
            super(404, "not-found", "Not found", detail);
        }
    }

    /** 410: it existed and was withdrawn. */
    public static class Gone extends ProblemException {
        public Gone(String detail) {
            super(410, "gone", "Gone", detail);
        }
    }

    /** 400: one or more parameters are invalid; each is named with what is wrong. */
    public static class InvalidParameters extends ProblemException {
        private final List<Problem.FieldError> errors;

        public InvalidParameters(List<Problem.FieldError> errors) {
            super(400, "invalid-parameter", "Invalid parameter", summary(errors));
            this.errors = List.copyOf(errors);
        }

        public InvalidParameters(String field, String message) {
            this(List.of(new Problem.FieldError(field, message)));
        }

        @Override
        public List<Problem.FieldError> errors() {
            return errors;
        }

        private static String summary(List<Problem.FieldError> errors) {
            return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        }
    }

    /** 422: well-formed input that cannot be made into a statement; says what is missing. */
    public static class Unprocessable extends ProblemException {
        private final List<Problem.FieldError> errors;

        public Unprocessable(String detail, List<Problem.FieldError> errors) {
            super(422, "unprocessable", "Unprocessable content", detail);
            this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        }

        @Override
        public List<Problem.FieldError> errors() {
            return errors;
        }
    }

    /** 413: the body is larger than this operation accepts. */
    public static class TooLarge extends ProblemException {
        public TooLarge(String detail) {
            super(413, "too-large", "Content too large", detail);
        }
    }

    /** 415: the body is not of a kind this operation reads (binary data, an unknown charset). */
    public static class UnsupportedContent extends ProblemException {
        public UnsupportedContent(String detail) {
            super(415, "unsupported-content", "Unsupported content", detail);
        }
    }

    /** 400: the body cannot be read (undecodable text, malformed JSON). */
    public static class InvalidBody extends ProblemException {
        public InvalidBody(String detail) {
            super(400, "invalid-body", "Invalid body", detail);
        }
    }

    /** 409: the request conflicts with what is stored. */
    public static class Conflict extends ProblemException {
        public Conflict(String detail) {
            super(409, "conflict", "Conflict", detail);
        }
    }

    /** 428: a change to a statement must say which version it was made to. */
    public static class PreconditionRequired extends ProblemException {
        public PreconditionRequired(String detail) {
            super(428, "precondition-required", "Precondition required", detail);
        }
    }

    /** 412: the statement changed since the version the request was made to. */
    public static class PreconditionFailed extends ProblemException {
        public PreconditionFailed(String detail) {
            super(412, "precondition-failed", "Precondition failed", detail);
        }
    }
}
