package dev.verbatim.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/** Adds the responses every operation can give to each of them in the OpenAPI document. */
public class SharedResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        shared(operation, "406", VerbatimApi.NOT_ACCEPTABLE);
        shared(operation, "414", VerbatimApi.URI_TOO_LONG);
        shared(operation, "429", VerbatimApi.TOO_MANY_REQUESTS);
        shared(operation, "431", VerbatimApi.HEADERS_TOO_LARGE);
        if (operation.getRequestBody() != null) {
            shared(operation, "415", VerbatimApi.UNSUPPORTED);
        }
        return operation;
    }

    private static void shared(Operation operation, String status, String response) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + response));
        }
    }
}
