package dev.verbatim.domain;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Every turn to answer requests of this kind stayed taken for as long as this one may wait: the
 * server is answering all it can. Neither the request's fault nor a failure; the same request may
 * be sent again shortly. Reads and searches take turns, and one that has waited its time is refused
 * this way rather than kept waiting while more queue behind it: a client is better told that the
 * server is saturated, and when to come back, than left to its own timeout.
 */
public final class Busy extends DomainException {

    public Busy(String detail) {
        super(detail, null);
    }

    /**
     * Takes one of these turns, first come first served, waiting at most {@code wait}; refuses the
     * request when none came in time (or the thread was interrupted, as at shutdown). {@code what}
     * names what takes these turns, in the plural, for the refusal's detail.
     */
    public static void takeTurn(Semaphore turns, Duration wait, String what) {
        boolean had;
        try {
            had = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            had = false;
        }
        if (!had) {
            throw new Busy("The server is answering as many " + what + " as it can at once, and this request waited "
                    + wait.toMillis() + " ms for its turn. Send it again after Retry-After seconds.");
        }
    }
}
