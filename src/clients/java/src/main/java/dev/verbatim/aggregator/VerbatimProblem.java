package dev.verbatim.aggregator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.client.ApiException;
import dev.verbatim.client.model.Problem;
import java.io.IOException;

/**
 * A problem the API answered with (RFC 9457), typed: the generated client throws an ApiException that
 * keeps the body, and this reads it as the contract's Problem.
 */
record VerbatimProblem(int status, Problem problem) {

    /** A call of the generated client, which may throw. */
    interface Call {
        Object send() throws ApiException;
    }

    static VerbatimProblem of(ApiException e, ObjectMapper mapper) throws IOException {
        if (e.getResponseBody() == null || e.getResponseBody().isBlank()) {
            throw new IOException("HTTP " + e.getCode() + " without a problem body", e);
        }
        return new VerbatimProblem(e.getCode(), mapper.readValue(e.getResponseBody(), Problem.class));
    }

    /** The problem the call answers with; an AssertionError when it succeeds. */
    static VerbatimProblem expectFrom(Call call, ObjectMapper mapper) throws IOException {
        try {
            call.send();
        } catch (ApiException e) {
            return of(e, mapper);
        }
        throw new AssertionError("expected a problem, the call succeeded");
    }

    @Override
    public String toString() {
        return status + " " + problem.getType() + " \"" + problem.getTitle() + "\": " + problem.getDetail();
    }
}
