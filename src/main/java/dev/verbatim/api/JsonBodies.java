package dev.verbatim.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.verbatim.domain.InvalidContent;
import dev.verbatim.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bodies submitted as JSON (a statement, a line of a batch, a key): read, then checked field by
 * field. Reading them here rather than letting the REST layer bind them gives one wording for
 * every malformed body (400) and one list of field errors for every invalid one (422), a field
 * of the wrong JSON type or one the contract does not name included.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper json;
    private final Validator validator;

    JsonBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The same, from the bytes of a body, which must be UTF-8 (RFC 8259): other bytes are a 400, never replaced. */
    public <T> T read(byte[] body, Class<T> type, String what) {
        try {
            return read(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString(), type, what);
        } catch (CharacterCodingException e) {
            throw new ProblemException.InvalidBody("The body is not UTF-8 text; JSON is sent in UTF-8.");
        }
    }

    /**
     * The {@code what} (a statement, a key) a JSON text holds: 400 naming what is wrong when it is
     * not JSON, or not an object; 422 naming the field when a field is unknown or of another type.
     */
    public <T> T read(String text, Class<T> type, String what) {
        if (text == null || text.isBlank()) {
            throw new ProblemException.InvalidBody("The body is empty; send a " + what + " in JSON.");
        }
        try {
            T input = json.readValue(text, type);
            if (input == null) {
                throw new ProblemException.InvalidBody("Not a " + what + " in JSON: null.");
            }
            return input;
        } catch (JsonMappingException e) {
            if (!e.getPath().isEmpty()) {
                throw new ProblemException.Unprocessable("The " + what + " is not valid.",
                        List.of(new Problem.FieldError(field(e), fieldMessage(e, what))));
            }
            throw new ProblemException.InvalidBody("Not a " + what + " in JSON: " + describe(e));
        } catch (JsonProcessingException e) {
            throw new ProblemException.InvalidBody("Not a " + what + " in JSON: " + describe(e));
        }
    }

    /** Each record class's components, asked once: the JDK builds them anew at every call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** No text may hold U+0000: it means nothing in a statement, and PostgreSQL refuses to store it. */
    private static void noNul(Object value, String path, List<Violation> errors) {
        if (value instanceof String text) {
            if (text.indexOf('\u0000') >= 0) {
                errors.add(new Violation(path, "must not contain the NUL character (U+0000)"));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                noNul(list.get(i), path + "[" + i + "]", errors);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : COMPONENTS.get(value.getClass())) {
                try {
                    noNul(component.getAccessor().invoke(value), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                            errors);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("A record's accessor is public", e);
                }
            }
        }
    }

    /**
     * What is wrong, in the client's terms: where, and what was expected. Jackson's own message
     * names Java classes, which are none of the client's business and are never shown.
     */
    static String describe(JsonProcessingException e) {
        var where = e.getLocation();
        String at = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "the value of " + field(mapping) + " " + fieldMessage(mapping, "body") + at;
        }
        if (e instanceof JsonParseException) {
            return "malformed JSON" + at;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "the body is not " + expected(mismatch) + at;
        }
        return "a value is not of the expected kind" + at;
    }

    /** The field as the client wrote it: {@code qa[0].question}. */
    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
    }

    private static String fieldMessage(JsonMappingException e, String what) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of a " + what;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isPrimitive() && e.getMessage() != null && e.getMessage().contains("null")) {
            return "must not be null";
        }
        return "must be " + expected(e);
    }

    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "of the expected kind";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date-time such as 2022-07-18T23:14:00+02:00";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /**
     * Every field checked at once, by Bean Validation, before anything is stored: the one place
     * where a submitted body's invalid fields are named, each, as content that cannot be taken (422),
     * where invalid query parameters are a 400.
     */
    public <T> void validate(T input, String what) {
        List<Violation> errors = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(input)) {
            errors.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        noNul(input, "", errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Violation::field));
            throw new InvalidContent("The " + what + " is not valid.", errors);
        }
    }
}
