package dev.verbatim.api;

import java.time.Instant;

/**
 * When stored data last changed, for Last-Modified. {@link #known()} never blocks: it is what was
 * last read, and null when that is unknown (just after a write here, or before the first read).
 * {@link #refresh()} reads it again when it is older than the response cache's ttl.
 */
public interface ChangeClock {

    Instant known();

    void refresh();
}
