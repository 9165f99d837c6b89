package dev.verbatim.sync;

import dev.verbatim.domain.InvalidArguments;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A position in the change feed: after the change with this number. Opaque to clients. */
record ChangeCursor(long seq) {

    private static final String PREFIX = "c1|";

    static final ChangeCursor START = new ChangeCursor(0);

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this feed issued; anything else is an invalid {@code since} parameter. */
    static ChangeCursor decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                long seq = Long.parseLong(plain.substring(PREFIX.length()));
                if (seq >= 0) {
                    return new ChangeCursor(seq);
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new InvalidArguments("since", "is not a cursor issued by this feed; take it from an item's cursor or a page's next");
    }
}
