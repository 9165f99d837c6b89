package dev.verbatim.statement;

import java.security.SecureRandom;

/** New statement ids: 80 random bits in lower-case Crockford base32, so URL-safe and unguessable. */
final class StatementIds {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private StatementIds() {
    }

    static String next() {
        byte[] bits = new byte[10];
        RANDOM.nextBytes(bits);
        StringBuilder id = new StringBuilder(16);
        long buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                id.append(ALPHABET[(int) (buffer >>> (held - 5)) & 31]);
                held -= 5;
            }
        }
        return id.toString();
    }
}
