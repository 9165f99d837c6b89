package dev.verbatim.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.api.Problem;
import dev.verbatim.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Statements submitted as JSON (an edit, a line of a batch): read, then checked field by field. */
@ApplicationScoped
public class StatementInputs {

    private final ObjectMapper json;
    private final Validator validator;

    StatementInputs(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The statement a JSON text holds; 400 naming what is wrong when it holds none. */
    public StatementInput read(String text) {
        if (text == null || text.isBlank()) {
            throw new ProblemException.InvalidBody("The body is empty; send a statement in JSON.");
        }
        try {
            StatementInput input = json.readValue(text, StatementInput.class);
            if (input == null) {
                throw new ProblemException.InvalidBody("Not a statement in JSON: null.");
            }
            return input;
        } catch (JsonProcessingException e) {
            throw new ProblemException.InvalidBody("Not a statement in JSON: " + e.getOriginalMessage());
        }
    }

    /** Every field checked at once: 422 with one error per field that is wrong. */
    public void validate(StatementInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<StatementInput> violation : validator.validate(input)) {
            errors.add(new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new ProblemException.Unprocessable("The statement is not valid.", errors);
        }
    }
}
