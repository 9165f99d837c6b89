package dev.verbatim.api;

/**
 * What every change to stored data is, for what keeps answers made of it (cached responses, the
 * time of the last change): observed once the change has committed. Events of a write implement
 * it, so that a write fires one event and its observers need not know the domain's.
 */
public interface DataChanged {
}
