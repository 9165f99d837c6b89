package dev.verbatim.search;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Stopping the search's background threads without interrupting what they are doing. */
final class Background {

    private Background() {
    }

    /**
     * No more runs; the one under way, if any, is left to finish for up to this long before it is
     * interrupted. An interrupt closes the file channel an index writer (or the embedded database)
     * is writing through, and Lucene then closes the writer for good: its last changes are not
     * committed, and the index is brought level with the database at the next start.
     */
    static void stop(ExecutorService executor, Duration patience) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
