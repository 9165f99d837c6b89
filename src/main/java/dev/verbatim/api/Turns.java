package dev.verbatim.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Waiting for a turn, bounded: reads ({@link ReadTurns}) and searches take turns, and one that
 * has waited as long as it may is refused with 503 and Retry-After ({@link ProblemException.Busy})
 * rather than kept waiting while more queue behind it. A client is better told that the server is
 * saturated, and when to come back, than left to its own timeout.
 */
public final class Turns {

    private Turns() {
    }

    /**
     * Takes one of these turns, first come first served, waiting at most {@code wait}; refuses the
     * request when none came in time (or the thread was interrupted, as at shutdown). {@code what}
     * names what takes these turns, in the plural, for the refusal's detail.
     */
    public static void take(Semaphore turns, Duration wait, String what) {
        boolean had;
        try {
            had = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            had = false;
        }
        if (!had) {
            throw new ProblemException.Busy("The server is answering as many " + what + " as it can at once, and this request "
                    + "waited " + wait.toMillis() + " ms for its turn. Send it again after Retry-After seconds.");
        }
    }
}
