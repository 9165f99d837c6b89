package dev.verbatim.statement;

import dev.verbatim.domain.InvalidArguments;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in a list: the sort it belongs to, the sort value of the last item served
 * (its publication instant, or its relevance score) and that item's key as a tie-break. Opaque to
 * clients; stable under inserts, and as cheap on page 1,000 as on page 2.
 */
public record Cursor(SortOrder sort, Instant at, float score, String id) {

    private static final String VERSION = "1";

    /** After the item published at {@code at} with this key, in a list by date. */
    public static Cursor after(SortOrder sort, Instant at, String id) {
        return new Cursor(sort, at, 0f, id);
    }

    /** After the item with this score and key, in a list by relevance. */
    public static Cursor afterScore(float score, String id) {
        return new Cursor(SortOrder.RELEVANCE, null, score, id);
    }

    public String encode() {
        String plain = sort == SortOrder.RELEVANCE
                ? String.join("|", VERSION, sort.wireName(), Integer.toString(Float.floatToIntBits(score)), "0", id)
                : String.join("|", VERSION, sort.wireName(), Long.toString(at.getEpochSecond()), Integer.toString(at.getNano()), id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this API issued; anything else is an invalid {@code cursor} parameter. */
    public static Cursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 5 || !VERSION.equals(parts[0]) || !parts[4].matches("[0-9a-z]{1,64}(/[0-9]{1,10})?")) {
                throw invalid();
            }
            SortOrder sort = SortOrder.fromWire(parts[1]).orElseThrow(Cursor::invalid);
            if (sort == SortOrder.RELEVANCE) {
                float score = Float.intBitsToFloat(Integer.parseInt(parts[2]));
                if (!Float.isFinite(score)) {
                    throw invalid();
                }
                return afterScore(score, parts[4]);
            }
            return after(sort, Instant.ofEpochSecond(Long.parseLong(parts[2]), Integer.parseInt(parts[3])), parts[4]);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static InvalidArguments invalid() {
        return new InvalidArguments("cursor", "is not a cursor issued by this API; take it from a page's next");
    }
}
