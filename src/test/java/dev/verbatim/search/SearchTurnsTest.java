package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Searches take turns: no more run at once than configured, and every one runs. */
class SearchTurnsTest {

    @Test
    void noMoreSearchesRunAtOnceThanConfiguredAndEachRuns() throws Exception {
        LuceneSearch search = new LuceneSearch(null, null, null, config(2), new SimpleMeterRegistry());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                answers.add(clients.submit(() -> search.inTurn(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(i, answers.get(i).get());
            }
        } finally {
            clients.shutdownNow();
        }
        assertTrue(most.get() <= 2, most.get() + " ran at once");
    }

    private static SearchConfig config(int concurrency) {
        return new SearchConfig() {
            @Override
            public Duration commitInterval() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration followInterval() {
                return Duration.ofMillis(200);
            }

            @Override
            public Duration gapGrace() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration reconcileInterval() {
                return Duration.ofMinutes(10);
            }

            @Override
            public boolean reconcile() {
                return true;
            }

            @Override
            public OptionalInt concurrency() {
                return OptionalInt.of(concurrency);
            }

            @Override
            public Duration turnWait() {
                return Duration.ofSeconds(10);
            }

            @Override
            public int reconcilePageSize() {
                return 1000;
            }

            @Override
            public int rebuildBatchSize() {
                return 200;
            }
        };
    }
}
