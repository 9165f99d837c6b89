package dev.verbatim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verbatim.domain.Busy;
import dev.verbatim.domain.Conflict;
import dev.verbatim.domain.DomainException;
import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.InvalidContent;
import dev.verbatim.domain.NotFound;
import dev.verbatim.domain.StaleVersion;
import dev.verbatim.domain.Withdrawn;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of refusal, of the domain or of the web layer, gets its status and problem type in ProblemMapper. */
class ProblemMapperTest {

    record Refusal(RuntimeException e, int status, String type) {
        Problem problem() {
            return e instanceof DomainException domain ? ProblemMapper.problemOf(domain, "/api/v1/x")
                    : ProblemMapper.problemOf((ProblemException) e, "/api/v1/x");
        }

        @Override
        public String toString() {
            return e.getClass().getSimpleName() + " → " + status;
        }
    }

    static List<Refusal> refusals() {
        return List.of(
                new Refusal(new NotFound("No statement has the id 'x'."), 404, "not-found"),
                new Refusal(new Withdrawn("Statement x was withdrawn."), 410, "gone"),
                new Refusal(new InvalidArguments("cursor", "is not a cursor"), 400, "invalid-parameter"),
                new Refusal(new InvalidContent("timeZone", "is not an IANA time zone"), 422, "unprocessable"),
                new Refusal(new Conflict("Already running."), 409, "conflict"),
                new Refusal(new StaleVersion("Changed since."), 412, "precondition-failed"),
                new Refusal(new ProblemException.Unprocessable("x", null), 422, "unprocessable"),
                new Refusal(new ProblemException.PreconditionRequired("Send If-Match."), 428, "precondition-required"),
                new Refusal(new ProblemException.TooLarge("Too many bytes."), 413, "too-large"),
                new Refusal(new ProblemException.UnsupportedContent("Binary data."), 415, "unsupported-content"),
                new Refusal(new ProblemException.InvalidBody("Not JSON."), 400, "invalid-body"),
                new Refusal(new Busy("Waited 10000 ms for its turn."), 503, "unavailable"),
                new Refusal(new ProblemException.MalformedUrl("The path holds a %."), 400, "invalid-url"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalIsAProblemOfItsKind(Refusal refusal) {
        Problem problem = refusal.problem();
        assertEquals(refusal.status(), problem.status());
        assertEquals("urn:verbatim:problem:" + refusal.type(), problem.type());
        assertEquals(refusal.e().getMessage(), problem.detail());
        assertEquals("/api/v1/x", problem.instance());
    }

    @Test
    void everyKindThereIsIsListedAbove() {
        Set<Class<?>> kinds = Stream.concat(Arrays.stream(DomainException.class.getPermittedSubclasses()),
                Arrays.stream(ProblemException.class.getPermittedSubclasses())).collect(Collectors.toSet());
        assertEquals(kinds, refusals().stream().map(r -> r.e().getClass()).collect(Collectors.toSet()));
    }

    @Test
    void theFieldsOfADomainRefusalAreTheProblemsErrors() {
        Problem problem = ProblemMapper.problemOf(new InvalidArguments("since", "is not a cursor of this feed"), null);
        assertEquals(List.of(new Problem.FieldError("since", "is not a cursor of this feed")), problem.errors());
        assertEquals("since: is not a cursor of this feed", problem.detail());
    }
}
