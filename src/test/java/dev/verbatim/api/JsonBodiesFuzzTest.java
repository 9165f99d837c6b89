package dev.verbatim.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.verbatim.domain.DomainException;
import dev.verbatim.statement.StatementInput;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Fuzzing the reading of submitted statements with Jazzer: whatever the bytes, a body is a
 * statement that passes every check, or a documented problem (400 or 422). Nothing else escapes,
 * so no body can be a 500, nor reach the database unchecked.
 */
class JsonBodiesFuzzTest {

    private static final JsonBodies BODIES = bodies();

    private static JsonBodies bodies() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonSettings().customize(json);
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        return new JsonBodies(json, validator);
    }

    @FuzzTest(maxDuration = "20s")
    void aStatementBodyIsReadOrRefusedWithAProblem(FuzzedDataProvider data) {
        byte[] body = data.consumeRemainingAsBytes();
        try {
            StatementInput input = BODIES.read(body, StatementInput.class, "statement");
            BODIES.validate(input, "statement");
        } catch (ProblemException | DomainException refused) {
            int status = (refused instanceof ProblemException problem ? ProblemMapper.problemOf(problem, null)
                    : ProblemMapper.problemOf((DomainException) refused, null)).status();
            if (status != 400 && status != 422) {
                throw new AssertionError("a body is a 400 or a 422, not a " + status, refused);
            }
        }
    }
}
