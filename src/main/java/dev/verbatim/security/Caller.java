package dev.verbatim.security;

/** Who a valid key proves a request to be: the key's id (the configured admin key's is {@code admin}) and its role. */
public record Caller(String keyId, Role role) {
}
