package dev.verbatim.api;

/** Fired when stored data changed; observers that cache what they read start afresh once it commits. */
public record DataChanged(String what) {
}
