package dev.verbatim.statement;

/** The bytes a statement was imported from and their media type. */
public record RawSource(String contentType, byte[] content) {
}
