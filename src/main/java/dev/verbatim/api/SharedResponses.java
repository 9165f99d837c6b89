package dev.verbatim.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/** Adds the responses every operation can give to each of them in the OpenAPI document. */
public class SharedResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponse("406") == null) {
            operation.getResponses().addAPIResponse("406",
                    OASFactory.createAPIResponse().ref("#/components/responses/" + VerbatimApi.NOT_ACCEPTABLE));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponse("429") == null) {
            operation.getResponses().addAPIResponse("429",
                    OASFactory.createAPIResponse().ref("#/components/responses/" + VerbatimApi.TOO_MANY_REQUESTS));
        }
        if (operation.getRequestBody() != null && operation.getResponses() != null
                && operation.getResponses().getAPIResponse("415") == null) {
            operation.getResponses().addAPIResponse("415",
                    OASFactory.createAPIResponse().ref("#/components/responses/" + VerbatimApi.UNSUPPORTED));
        }
        return operation;
    }
}
