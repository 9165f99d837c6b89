package dev.verbatim.security;

/** A key was revoked, here or on another instance: what was known of keys is known no more. */
public record KeysChanged() {
}
