package dev.verbatim.statement;

import dev.verbatim.api.Problem;
import dev.verbatim.api.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Where a page of issuers starts: after the issuer it names. Opaque to clients. */
final class IssuerCursor {

    private static final String PREFIX = "issuer:";

    private IssuerCursor() {
    }

    static String encode(String issuerId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + issuerId).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return text.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw unknown();
    }

    static ProblemException unknown() {
        return new ProblemException.InvalidParameters(
                List.of(new Problem.FieldError("cursor", "is not the next of a page of issuers; start without it")));
    }
}
