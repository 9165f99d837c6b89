package dev.verbatim.security;

/** A key was revoked: what was known of keys is known no more. */
public record KeysChanged() {
}
