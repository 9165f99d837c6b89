package dev.verbatim.search;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** One of the searches' turns, held by a test on a thread of its own as a search would, until closed. */
public final class HeldSearchTurn implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService holder = Executors.newSingleThreadExecutor();
    private final Future<?> holding;

    /** Returns once the turn is held; throws if the wait for it ended without it. */
    public HeldSearchTurn(LuceneSearch index) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        holding = holder.submit(() -> index.inTurn(() -> {
            held.countDown();
            try {
                return release.await(50, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        // Not forever: a turn that never came (the wait bounded, Busy) fails here.
        while (!held.await(10, TimeUnit.MILLISECONDS)) {
            if (holding.isDone()) {
                try {
                    holding.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the turn was not had", e.getCause());
                }
            }
        }
    }

    /** Gives the turn back, and returns once it is. */
    @Override
    public void close() throws Exception {
        release.countDown();
        try {
            holding.get();
        } finally {
            holder.shutdownNow();
        }
    }
}
