package dev.verbatim.search;

import dev.verbatim.domain.Conflict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.jboss.logging.Logger;

/**
 * Brings the index level with the database: at start, every {@code verbatim.search.reconcile-interval},
 * and on demand. A statement is indexed again when the index lacks it or holds an older version
 * of it (told by when it was stored); documents of statements no longer stored are removed. The
 * index follows the change feed (see {@link FeedFollower}), so this is a safety net that should
 * find nothing: what it repairs is logged, counted ({@code verbatim.search.repairs}) and shown in
 * the index's status.
 */
@ApplicationScoped
public class IndexSync {

    private static final Logger LOG = Logger.getLogger(IndexSync.class);

    private final SearchIndex index;
    private final IndexSource statements;
    private final SearchConfig config;
    private final FeedFollower follower;
    private final SharedWork shared;
    private final Counter reindexed;
    private final Counter removedCount;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicReference<IndexStatus> status = new AtomicReference<>(IndexStatus.idle());
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-index-sync");
        thread.setDaemon(true);
        return thread;
    });

    IndexSync(SearchIndex index, IndexSource statements, SearchConfig config, FeedFollower follower, SharedWork shared,
            MeterRegistry meters) {
        this.index = index;
        this.statements = statements;
        this.config = config;
        this.follower = follower;
        this.shared = shared;
        this.reindexed = Counter.builder("verbatim.search.repairs").tag("repair", "indexed")
                .description("Statements reconciliation found missing or outdated in the search index").register(meters);
        this.removedCount = Counter.builder("verbatim.search.repairs").tag("repair", "removed")
                .description("Statements reconciliation found in the search index but no longer stored").register(meters);
    }

    /**
     * Before anything else starts, so that the sample data and the first requests meet a level
     * index: the index follows the change feed from where it got to, then is compared with the
     * database (an index started empty is filled there), then goes on following.
     */
    void onStart(@Observes @Priority(10) StartupEvent event) {
        follower.start();
        if (!index.startedEmpty()) {
            follower.follow();
        }
        if (config.reconcile()) {
            IndexStatus done = index.startedEmpty() ? rebuild(logged()) : reconcile(logged());
            if (done.total() > 0 || done.removed() > 0) {
                LOG.infof("Search index: %d statements indexed, %d removed", done.done(), done.removed());
            }
        }
        follower.run();
        if (config.reconcile()) {
            long every = config.reconcileInterval().toMillis();
            background.scheduleWithFixedDelay(this::reconcileQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Indexes what the index lacks or holds in an older version, removes what is no longer stored. */
    public IndexStatus reconcile(LongConsumer progress) {
        return level("catching-up", false, progress);
    }

    /** Indexes every stored statement again, and removes what is no longer stored. */
    public IndexStatus rebuild(LongConsumer progress) {
        return level("rebuilding", true, progress);
    }

    /** Starts a rebuild in the background; a conflict while a catch-up or rebuild is running. */
    public IndexStatus startRebuild() {
        if (running.isLocked()) {
            throw new Conflict("The search index is already " + status.get().state() + "; follow its progress at GET.");
        }
        IndexStatus queued = new IndexStatus("rebuilding", 0, 0, 0, 0, clock.instant(), null, null);
        status.set(queued);
        background.execute(() -> {
            try {
                rebuild(done -> {
                });
            } catch (RuntimeException e) {
                LOG.errorf(e, "Rebuilding the search index failed");
            }
        });
        return queued.withDocuments(index.documents());
    }

    public IndexStatus status() {
        return status.get().withDocuments(index.documents());
    }

    private IndexStatus level(String state, boolean everything, LongConsumer progress) {
        running.lock();
        Instant started = clock.instant();
        long done = 0;
        long removed = 0;
        long total = 0;
        try {
            // What the feed already holds is not for this comparison to find.
            follower.follow();
            // A page of stored statements at a time, compared with what the index holds of them:
            // memory for a page, whatever the number of statements (a million at -Xmx256m).
            int page = config.reconcilePageSize();
            // Indexed on the indexing threads, a batch at a time, while the next page is read and
            // compared (the index takes at most two batches per thread ahead of what it has indexed).
            List<CompletableFuture<Void>> written = new ArrayList<>();
            String after = null;
            for (Map<String, Instant> stored = statements.liveStoredAfter(null, page); !stored.isEmpty();
                    stored = statements.liveStoredAfter(after, page)) {
                Map<String, Long> indexed = everything ? Map.of() : index.storedAt(stored.keySet());
                List<String> todo = new ArrayList<>();
                for (Map.Entry<String, Instant> statement : stored.entrySet()) {
                    if (everything || !Long.valueOf(statement.getValue().toEpochMilli()).equals(indexed.get(statement.getKey()))) {
                        todo.add(statement.getKey());
                    }
                    after = statement.getKey();
                }
                total += todo.size();
                for (int from = 0; from < todo.size(); from += config.rebuildBatchSize()) {
                    List<String> batch = todo.subList(from, Math.min(todo.size(), from + config.rebuildBatchSize()));
                    written.add(index.write(statements.live(batch), List.of()));
                    done += batch.size();
                    status.set(new IndexStatus(state, 0, total, done, 0, started, null, null));
                    progress.accept(done);
                }
            }
            CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
            // Then the other way: what the index holds that is no longer stored.
            long[] gone = { 0 };
            index.eachIndexed(page, ids -> gone[0] += removeUnstored(ids));
            removed = gone[0];
            index.refresh();
            index.commit();
            index.mergeAfterLoad(done);
            if (state.equals("catching-up")) {
                reindexed.increment(done);
                removedCount.increment(removed);
            }
            IndexStatus finished = new IndexStatus("idle", 0, total, done, removed, started, clock.instant(), null);
            status.set(finished);
            return finished;
        } catch (RuntimeException e) {
            status.set(new IndexStatus("idle", 0, total, done, removed, started, clock.instant(), e.toString()));
            throw e;
        } finally {
            running.unlock();
        }
    }

    /** Of these indexed statements, removes those no longer stored (or withdrawn); how many. */
    private long removeUnstored(List<String> ids) {
        Set<String> dead = new HashSet<>(ids);
        dead.removeAll(statements.liveAmong(ids));
        if (!dead.isEmpty()) {
            index.write(List.of(), dead).join();
        }
        return dead.size();
    }

    /** One instance at a time on a shared database: a full comparison reads every statement's id. */
    private void reconcileQuietly() {
        try {
            IndexStatus done = shared.alone(SharedWork.RECONCILIATION, () -> reconcile(count -> {
            }));
            if (done != null && (done.total() > 0 || done.removed() > 0)) {
                LOG.warnf("Reconciliation repaired the search index, which following the change feed had left behind: "
                        + "%d statements indexed again, %d removed", done.done(), done.removed());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Bringing the search index level with the database failed; it is tried again later");
        }
    }

    /** Progress written to the log every tenth of the way, for long runs at start. */
    private LongConsumer logged() {
        return done -> {
            long total = status.get().total();
            if (total >= 1000 && done * 10 / total != (done - config.rebuildBatchSize()) * 10 / total) {
                LOG.infof("Search index: %d of %d statements indexed", done, total);
            }
        };
    }

    /**
     * For a command about to close the database (the import command compacts it): stops following
     * once the feed is followed one last time, so that the index's next commit says how far it got
     * and the server started afterwards does not follow the command's writes again.
     */
    public void stopFollowing() {
        // A command schedules nothing here (it does not reconcile); whatever runs all the same ends first.
        Background.stop(background, Duration.ofMinutes(10));
        follower.stopFollowing();
    }

    /** At the first step of shutting down, as {@link FeedFollower} stops: before the database is closed. */
    void stop(@Observes ShutdownEvent event) {
        Background.stop(background, Duration.ofSeconds(10));
    }
}
