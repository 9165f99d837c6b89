package dev.verbatim.search;

import dev.verbatim.api.ResponseCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Lucene index under VERBATIM_DATA_DIR/index. It is derived from the database: what it holds
 * can always be rebuilt from there, so an index that is missing, unreadable or of an older layout
 * is started afresh and filled again (see {@link IndexSync}). Changes are searchable as soon as
 * they are applied and made durable every {@code verbatim.search.commit-interval}. The reader is
 * reopened by the first read after a change, not by every change: a bulk import that nobody
 * searches meanwhile writes large segments instead of one small segment per transaction. Texts
 * are analyzed and written on indexing threads, one per processor: a bulk load stores its next
 * statements while these index the last ones.
 */
@ApplicationScoped
public class SearchIndex {

    /** The layout of the documents and analyzers; an index of another layout is rebuilt. */
    static final String LAYOUT = "6";
    private static final String LAYOUT_KEY = "verbatim.layout";
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /**
     * Statements written at once from which a load counts as bulk: the index is merged afterwards
     * (and the import command closes the embedded database compacted); and into how many segments.
     */
    public static final long BULK_LOAD = 1000;
    static final int SEGMENTS_AFTER_BULK_LOAD = 5;

    private final Path path;
    private final SearchConfig config;
    private final ResponseCache cache;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ScheduledExecutorService committer;
    /** The indexing threads: documents are built (texts analyzed) and written there. */
    private ExecutorService[] lanes;
    private Semaphore room;
    /** The writes deferred by a bulk load running on this thread, if one is. */
    private final ThreadLocal<List<CompletableFuture<Void>>> bulkLoads = new ThreadLocal<>();
    private boolean startedEmpty;
    /** Changes made searchable, counted; and how many of them the current reader shows. */
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong shown = new AtomicLong();
    private final Object reopening = new Object();

    SearchIndex(@ConfigProperty(name = "verbatim.data-dir") String dataDir, SearchConfig config, ResponseCache cache) {
        this.path = Path.of(dataDir, "index");
        this.config = config;
        this.cache = cache;
    }

    @PostConstruct
    void open() {
        startedEmpty = false;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = openWriter();
            searchers = new SearcherManager(writer, null);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("The search index at " + path + " is in use by another process. "
                    + "Stop the server before running a command on the same data directory.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
        long every = config.commitInterval().toMillis();
        committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "search-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitQuietly, every, every, TimeUnit.MILLISECONDS);
        lanes = new ExecutorService[Math.max(1, Runtime.getRuntime().availableProcessors())];
        for (int i = 0; i < lanes.length; i++) {
            String name = "search-index-" + (i + 1);
            lanes[i] = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
            });
        }
        room = new Semaphore(2 * lanes.length);
    }

    /** The existing index if it is whole and of this layout; otherwise a new, empty one. */
    private IndexWriter openWriter() throws IOException {
        if (DirectoryReader.indexExists(directory)) {
            try {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    String layout = reader.getIndexCommit().getUserData().get(LAYOUT_KEY);
                    if (LAYOUT.equals(layout)) {
                        IndexWriter existing = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.APPEND));
                        existing.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
                        return existing;
                    }
                    LOG.infof("The search index at %s has layout %s, not %s: it is rebuilt from the database", path, layout, LAYOUT);
                }
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The search index at %s cannot be read (%s): it is rebuilt from the database", path, e.toString());
                // Even a new index would trip over the unreadable files; they hold nothing the database does not.
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
            }
        }
        startedEmpty = true;
        IndexWriter created = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.CREATE));
        created.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        created.commit();
        return created;
    }

    /**
     * Each segment keeps its documents by kind, then language: pairs ("qa") in English, in French,
     * ..., then statements likewise. A text field (text_en, answer_fr) then covers one run of documents
     * rather than one in a dozen spread over the segment, so that its norms and kept texts are
     * found by rank in a dense block rather than by a scan of a sparse one, and its postings are
     * closer together.
     */
    static final Sort ORDER = new Sort(new SortField(Fields.KIND, SortField.Type.STRING), new SortField(Fields.LANGUAGE, SortField.Type.STRING));

    private static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(Analyzers.INDEX).setOpenMode(mode).setRAMBufferSizeMB(64).setIndexSort(ORDER);
    }

    /** Whether this index was started empty (missing, unreadable or of another layout) and needs filling. */
    boolean startedEmpty() {
        return startedEmpty;
    }

    Path path() {
        return path;
    }

    /**
     * Replaces the documents of these statements and removes those of the withdrawn ones, then
     * makes the change searchable and forgets cached reads that may predate it. Done when this
     * returns, except within a {@link #bulkLoad} on this thread, which waits for it at its end. A
     * failure is logged: the next reconciliation repairs what it left out.
     */
    void apply(List<IndexedStatement> stored, Collection<String> removed) {
        CompletableFuture<Void> written;
        try {
            written = write(stored, removed).thenRun(this::refresh);
        } catch (RuntimeException e) {
            written = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> applied = written.exceptionally(e -> {
            LOG.errorf(e, "Indexing %d stored and %d withdrawn statements failed; the next reconciliation repairs it",
                    stored.size(), removed.size());
            return null;
        });
        List<CompletableFuture<Void>> deferred = bulkLoads.get();
        if (deferred != null) {
            deferred.add(applied);
        } else {
            applied.join();
        }
    }

    /**
     * Runs a bulk load (an import of many statements): while it goes on, its statements are
     * indexed on the indexing threads rather than waited for, so that storing the next ones
     * overlaps indexing these; when it returns, the index holds them all.
     */
    public <T> T bulkLoad(BulkLoad<T> load) throws IOException {
        if (bulkLoads.get() != null) {
            return load.run();
        }
        List<CompletableFuture<Void>> deferred = new ArrayList<>();
        bulkLoads.set(deferred);
        try {
            return load.run();
        } finally {
            bulkLoads.remove();
            CompletableFuture.allOf(deferred.toArray(CompletableFuture[]::new)).join();
        }
    }

    /**
     * Replaces and removes documents like {@link #apply}, on the indexing threads, searchable only
     * from the next {@link #refresh}. Each statement is indexed on one thread, chosen by its id,
     * so that two versions of one are indexed in the order they were handed over; at most twice as
     * many tasks as threads are queued or running, so that a load never runs far ahead of its indexing.
     */
    CompletableFuture<Void> write(List<IndexedStatement> stored, Collection<String> removed) {
        List<List<IndexedStatement>> storedBy = new ArrayList<>();
        List<List<String>> removedBy = new ArrayList<>();
        for (int i = 0; i < lanes.length; i++) {
            storedBy.add(new ArrayList<>());
            removedBy.add(new ArrayList<>());
        }
        stored.forEach(statement -> storedBy.get(lane(statement.id())).add(statement));
        removed.forEach(id -> removedBy.get(lane(id)).add(id));
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < lanes.length; i++) {
            List<IndexedStatement> toStore = storedBy.get(i);
            List<String> toRemove = removedBy.get(i);
            if (toStore.isEmpty() && toRemove.isEmpty()) {
                continue;
            }
            room.acquireUninterruptibly();
            try {
                tasks.add(CompletableFuture.runAsync(() -> {
                    try {
                        index(toStore, toRemove);
                    } finally {
                        room.release();
                    }
                }, lanes[i]));
            } catch (RejectedExecutionException e) {
                room.release();
                throw new IllegalStateException("The search index at " + path + " is closed", e);
            }
        }
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
    }

    private int lane(String id) {
        return Math.floorMod(id.hashCode(), lanes.length);
    }

    private void index(List<IndexedStatement> stored, List<String> removed) {
        try {
            for (IndexedStatement statement : stored) {
                writer.updateDocuments(new Term(Fields.ID, statement.id()), StatementDocuments.of(statement));
            }
            for (String id : removed) {
                writer.deleteDocuments(new Term(Fields.ID, id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index at " + path, e);
        }
    }

    /**
     * Makes what was written searchable from the next read on, and forgets cached reads that may
     * predate it (a read started before keys the cache by the generation it started in).
     */
    void refresh() {
        changes.incrementAndGet();
        cache.invalidate();
    }

    /** Runs a read against the newest searchable state of the index. */
    <T> T read(IndexRead<T> read) {
        try {
            if (shown.get() < changes.get()) {
                reopen();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index at " + path, e);
        }
    }

    /** A new reader showing every change made searchable so far; one reopen serves the reads waiting for it. */
    private void reopen() throws IOException {
        synchronized (reopening) {
            long wanted = changes.get();
            if (shown.get() < wanted) {
                searchers.maybeRefreshBlocking();
                shown.set(wanted);
            }
        }
    }

    /** Each indexed statement's id, with when it was stored (epoch milliseconds). */
    Map<String, Long> storedAt() {
        return read(searcher -> {
            Map<String, Long> found = new HashMap<>();
            Weight weight = searcher.createWeight(new TermQuery(new Term(Fields.KIND, Fields.STATEMENT)),
                    ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID);
                NumericDocValues updated = DocValues.getNumeric(leaf.reader(), Fields.UPDATED);
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                        found.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), updated.advanceExact(doc) ? updated.longValue() : -1L);
                    }
                }
            }
            return found;
        });
    }

    /** How many documents the index holds: statements and pairs. */
    int documents() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * After a bulk load (an import of many statements, a rebuild), merges the index into a few
     * segments: a one-word search then looks its words up in each of 5 segments rather than in
     * each of the 30 to 40 that a load leaves (which the merge policy merges lazily, for writing).
     * A load of fewer documents changes little and is left to the merge policy.
     */
    public void mergeAfterBulkLoad(long statements) {
        if (statements < BULK_LOAD) {
            return;
        }
        try {
            writer.forceMerge(SEGMENTS_AFTER_BULK_LOAD);
            writer.commit();
            changes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge the search index at " + path, e);
        }
    }

    /** Makes everything applied so far durable. */
    void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index at " + path, e);
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Committing the search index failed; the changes stay searchable and are committed next time");
        }
    }

    @PreDestroy
    void close() {
        committer.shutdownNow();
        try {
            for (ExecutorService lane : lanes) {
                lane.shutdown();
            }
            for (ExecutorService lane : lanes) {
                lane.awaitTermination(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Closing the search index at %s: %s; it is brought level with the database at next start", path, e);
        }
    }

    /**
     * Closes the index without committing, losing what was applied since the last commit, as a
     * crash would; a later {@link #open} starts from the last commit. For crash tests.
     */
    void abandon() throws IOException {
        committer.shutdownNow();
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
        searchers.close();
        writer.rollback();
        directory.close();
    }

    /** A bulk load, which may fail with an I/O error. */
    @FunctionalInterface
    public interface BulkLoad<T> {
        T run() throws IOException;
    }

    /** A read of the index that may fail with an I/O error. */
    @FunctionalInterface
    interface IndexRead<T> {
        T on(IndexSearcher searcher) throws IOException;
    }
}
