package dev.verbatim.statement;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest Verbatim takes: of a page's raw bytes, how the same page imported twice
 * is recognised; of an API key, how it is stored without its secret.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The digest of these bytes. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The digest of these bytes, in lower-case hex: what a statement keeps as its {@code sourceHash}. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }
}
