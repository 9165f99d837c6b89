package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verbatim.statement.StatementRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The bundled sample fills an empty database once, however many instances start on it together. */
@QuarkusTest
@TestProfile(SampleDataTest.EmptyAtStart.class)
class SampleDataTest {

    /** Started on an empty database, without the sample, so that the test loads it. */
    public static class EmptyAtStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.sample.data", "false");
        }
    }

    /** What the bundled sample holds: its pages and its JSON lines. */
    private static final long SAMPLE_STATEMENTS = 13;

    @Inject
    SampleData sample;

    @Inject
    StatementRepository statements;

    @Test
    void twoLoadsAtOnceOnAnEmptyDatabaseLoadTheSampleOnce() throws Exception {
        assertEquals(0, count(), "the database starts empty");
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(sample::loadIfEmpty, starts);
            CompletableFuture<Void> second = CompletableFuture.runAsync(sample::loadIfEmpty, starts);
            CompletableFuture.allOf(first, second).get();
        } finally {
            starts.shutdown();
        }
        assertEquals(SAMPLE_STATEMENTS, count());
        sample.loadIfEmpty();
        assertEquals(SAMPLE_STATEMENTS, count(), "a database that holds statements is left as it is");
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> statements.count());
    }
}
