package dev.verbatim.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in a list: the sort it belongs to and the (publishedAt, id) of the last item
 * served. Opaque to clients; stable under inserts, and as cheap on page 1,000 as on page 2.
 */
public record Cursor(Sort sort, Instant at, String id) {

    private static final String VERSION = "1";

    public String encode() {
        String plain = String.join("|", VERSION, sort.wireName(), Long.toString(at.getEpochSecond()),
                Integer.toString(at.getNano()), id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this API issued; anything else is an invalid {@code cursor} parameter. */
    public static Cursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 5 || !VERSION.equals(parts[0]) || parts[4].isEmpty()) {
                throw invalid();
            }
            Sort sort = Sort.fromWire(parts[1]).orElseThrow(Cursor::invalid);
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[2]), Integer.parseInt(parts[3]));
            return new Cursor(sort, at, parts[4]);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return new ProblemException.InvalidParameters("cursor", "is not a cursor issued by this API; take it from a page's next");
    }
}
