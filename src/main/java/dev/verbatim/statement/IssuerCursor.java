package dev.verbatim.statement;

import dev.verbatim.domain.InvalidArguments;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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

    static InvalidArguments unknown() {
        return new InvalidArguments("cursor", "is not the next of a page of issuers; start without it");
    }
}
