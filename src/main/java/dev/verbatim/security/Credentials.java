package dev.verbatim.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key of an {@code Authorization} header, read as RFC 9110 (11.4) and RFC 6750 have it: the
 * scheme {@code Bearer} in any case, one or more spaces, then the token. {@code bearer K},
 * {@code BEARER  K} and {@code Bearer K} are the same key; anything else is no key at all.
 */
public final class Credentials {

    private static final Pattern BEARER = Pattern.compile("(?i:bearer)[ \\t]+([A-Za-z0-9._~+/-]+=*)[ \\t]*");

    private Credentials() {
    }

    /** The key presented, or empty where the header is not a Bearer credential. */
    public static Optional<String> bearer(String authorization) {
        Matcher matcher = BEARER.matcher(authorization);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
