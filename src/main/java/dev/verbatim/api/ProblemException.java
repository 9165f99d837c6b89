package dev.verbatim.api;

import java.util.List;

/**
 * A refusal of the web layer's own, about the HTTP request rather than the domain: a body too
 * large, of a kind not read, unreadable, a malformed URL, or a change sent without the version it
 * was made to. It carries what went wrong; {@link ProblemMapper} alone gives each kind its status
 * and problem type.
 */
public abstract sealed class ProblemException extends RuntimeException {

    protected ProblemException(String detail) {
        super(detail, null, false, false);
    }

    /** Each offending field with what is wrong with it, or null when the refusal is not about one. */
    public List<Problem.FieldError> errors() {
        return null;
    }

    /** The status {@link ProblemMapper} answers this refusal with. */
    public int status() {
        return ProblemMapper.problemOf(this, null).status();
    }

    /** The problem type {@link ProblemMapper} answers this refusal with. */
    public String type() {
        return ProblemMapper.problemOf(this, null).type();
    }

    /** The problem title {@link ProblemMapper} answers this refusal with. */
    public String title() {
        return ProblemMapper.problemOf(this, null).title();
    }

    /** Nothing is known by that id or slug. */
    public static final class NotFound extends ProblemException {
        public NotFound(String detail) {
            super(detail);
        }
    }

    /** It existed and was withdrawn. */
    public static final class Gone extends ProblemException {
        public Gone(String detail) {
            super(detail);
        }
    }

    /** One or more parameters are invalid; each is named with what is wrong. */
    public static final class InvalidParameters extends ProblemException {
        private final List<Problem.FieldError> errors;

        public InvalidParameters(List<Problem.FieldError> errors) {
            super(summary(errors));
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

    /** Well-formed input that cannot be made into a statement; says what is missing. */
    public static final class Unprocessable extends ProblemException {
        private final List<Problem.FieldError> errors;

        public Unprocessable(String detail, List<Problem.FieldError> errors) {
            super(detail);
            this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        }

        @Override
        public List<Problem.FieldError> errors() {
            return errors;
        }
    }

    /** The body is larger than this operation accepts. */
    public static final class TooLarge extends ProblemException {
        public TooLarge(String detail) {
            super(detail);
        }
    }

    /** The body is not of a kind this operation reads (binary data, an unknown charset). */
    public static final class UnsupportedContent extends ProblemException {
        public UnsupportedContent(String detail) {
            super(detail);
        }
    }

    /** The body cannot be read (undecodable text, malformed JSON). */
    public static final class InvalidBody extends ProblemException {
        public InvalidBody(String detail) {
            super(detail);
        }
    }

    /** The request conflicts with what is stored. */
    public static final class Conflict extends ProblemException {
        public Conflict(String detail) {
            super(detail);
        }
    }

    /** A change to a statement must say which version it was made to (If-Match). */
    public static final class PreconditionRequired extends ProblemException {
        public PreconditionRequired(String detail) {
            super(detail);
        }
    }

    /** The request's URL is not one: its path holds what a URL carries only percent-encoded. */
    public static final class MalformedUrl extends ProblemException {
        public MalformedUrl(String detail) {
            super(detail);
        }
    }

    /** The statement changed since the version the request was made to. */
    public static final class PreconditionFailed extends ProblemException {
        public PreconditionFailed(String detail) {
            super(detail);
        }
    }
}
