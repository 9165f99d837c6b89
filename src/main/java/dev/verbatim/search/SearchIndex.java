package dev.verbatim.search;

import dev.verbatim.domain.DataChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Lucene index under VERBATIM_DATA_DIR/index. It is derived from the database: what it holds
 * can always be rebuilt from there, so an index that is missing, unreadable or of an older layout
 * is started afresh and filled again (see {@link IndexSync}). Changes are made durable every
 * {@code verbatim.search.commit-interval}. Texts are analyzed and written on indexing threads, one
 * per processor, while the writer that handed them over goes on: an import stores its next
 * statements while these index the last ones. A read waits for what was handed over before it
 * began, so that a client reads its own writes; the reader is reopened by the first read after a
 * change, not by every change, so that an import nobody searches meanwhile writes large segments
 * instead of one small segment per transaction.
 */
@ApplicationScoped
public class SearchIndex {

    /** The layout of the documents and analyzers; an index of another layout is rebuilt. */
    static final String LAYOUT = "7";
    private static final String LAYOUT_KEY = "verbatim.layout";
    /** How far the index had followed the change feed when it was committed. */
    private static final String FOLLOWED_KEY = "verbatim.followed";
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** Statements loaded at once from which the index is merged afterwards; and into how many segments. */
    static final long MERGE_AFTER = 1000;
    static final int SEGMENTS_AFTER_LOAD = 5;

    private final Path path;
    private final SearchConfig config;
    private final Event<DataChanged> changed;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ScheduledExecutorService committer;
    /** The indexing threads: documents are built (texts analyzed) and written there. */
    private ExecutorService[] threads;
    /** Tasks that may be queued or running on the indexing threads at once. */
    private Semaphore queued;
    private boolean startedEmpty;
    /** The position of the change feed the last commit the index was opened from had followed; -1 when it says none. */
    private long followedAtOpen;
    /** Done once everything handed over so far is written and searchable. */
    private volatile CompletableFuture<Void> handedOver = CompletableFuture.completedFuture(null);
    private final Object handing = new Object();
    /** Changes made searchable, counted; and how many of them the current reader shows. */
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong searchable = new AtomicLong();
    private final Object reopening = new Object();

    SearchIndex(@ConfigProperty(name = "verbatim.data-dir") String dataDir, SearchConfig config, Event<DataChanged> changed) {
        this.path = Path.of(dataDir, "index");
        this.config = config;
        this.changed = changed;
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
        threads = new ExecutorService[Math.max(1, Runtime.getRuntime().availableProcessors())];
        for (int i = 0; i < threads.length; i++) {
            String name = "search-index-" + (i + 1);
            threads[i] = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
            });
        }
        queued = new Semaphore(2 * threads.length);
    }

    /** The existing index if it is whole and of this layout; otherwise a new, empty one. */
    private IndexWriter openWriter() throws IOException {
        if (DirectoryReader.indexExists(directory)) {
            try {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    Map<String, String> data = reader.getIndexCommit().getUserData();
                    String layout = data.get(LAYOUT_KEY);
                    if (LAYOUT.equals(layout)) {
                        IndexWriter existing = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.APPEND));
                        followedAtOpen = Long.parseLong(data.getOrDefault(FOLLOWED_KEY, "-1"));
                        existing.setLiveCommitData(commitData(followedAtOpen));
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
        followedAtOpen = -1;
        IndexWriter created = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.CREATE));
        created.setLiveCommitData(commitData(followedAtOpen));
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

    private static Iterable<Map.Entry<String, String>> commitData(long followed) {
        return Map.of(LAYOUT_KEY, LAYOUT, FOLLOWED_KEY, Long.toString(followed)).entrySet();
    }

    /**
     * The position of the change feed up to which every change is in the index, as its last commit
     * when it was opened said; -1 when it says none (an index started empty, or from before it kept one).
     */
    long followed() {
        return followedAtOpen;
    }

    /**
     * Every change of the feed up to this position is in the index's writer: its next commit says
     * so, and a restart resumes following from there.
     */
    void followedTo(long position) {
        writer.setLiveCommitData(commitData(position));
    }

    /** Whether this index was started empty (missing, unreadable or of another layout) and needs filling. */
    boolean startedEmpty() {
        return startedEmpty;
    }

    Path path() {
        return path;
    }

    /**
     * Replaces the documents of these statements and removes those of the withdrawn ones, on the
     * indexing threads; returns once they are handed over. Reads that begin from then on wait until
     * they are searchable. A failure is logged: the next reconciliation repairs what it left out.
     */
    void apply(List<IndexedStatement> stored, Collection<String> removed) {
        CompletableFuture<Void> written;
        try {
            written = write(stored, removed);
        } catch (RuntimeException e) {
            written = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> applied = written.handle((done, failed) -> {
            if (failed != null) {
                LOG.errorf(failed, "Indexing %d stored and %d withdrawn statements failed; the next reconciliation repairs it",
                        stored.size(), removed.size());
            }
            refresh();
            return null;
        });
        synchronized (handing) {
            handedOver = CompletableFuture.allOf(handedOver, applied);
        }
        changed.fire(new DataChanged());
    }

    /** Whether everything handed over so far is written and searchable. */
    boolean handedOverWritten() {
        return handedOver.isDone();
    }

    /** Waits until everything handed over so far is written and searchable. */
    void awaitHandedOver() {
        CompletableFuture<Void> pending = handedOver;
        if (!pending.isDone()) {
            pending.join();
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
        for (int i = 0; i < threads.length; i++) {
            storedBy.add(new ArrayList<>());
            removedBy.add(new ArrayList<>());
        }
        stored.forEach(statement -> storedBy.get(thread(statement.id())).add(statement));
        removed.forEach(id -> removedBy.get(thread(id)).add(id));
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < threads.length; i++) {
            List<IndexedStatement> toStore = storedBy.get(i);
            List<String> toRemove = removedBy.get(i);
            if (toStore.isEmpty() && toRemove.isEmpty()) {
                continue;
            }
            queued.acquireUninterruptibly();
            try {
                tasks.add(CompletableFuture.runAsync(() -> {
                    try {
                        index(toStore, toRemove);
                    } finally {
                        queued.release();
                    }
                }, threads[i]));
            } catch (RejectedExecutionException e) {
                queued.release();
                throw new IllegalStateException("The search index at " + path + " is closed", e);
            }
        }
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
    }

    private int thread(String id) {
        return Math.floorMod(id.hashCode(), threads.length);
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
     * Makes what was written searchable from the next read on, and says so, for whoever keeps what
     * it read before (a read started before keys the response cache by the generation it started in).
     */
    void refresh() {
        changes.incrementAndGet();
        changed.fire(new DataChanged());
    }

    /** Runs a read against the newest searchable state of the index, once what was handed over before it is. */
    <T> T read(IndexRead<T> read) {
        awaitHandedOver();
        try {
            if (searchable.get() < changes.get()) {
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
            if (searchable.get() < wanted) {
                searchers.maybeRefreshBlocking();
                searchable.set(wanted);
            }
        }
    }

    /** Of these statements, those the index holds, by id, with when each was stored (epoch milliseconds). */
    Map<String, Long> storedAt(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query these = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.STATEMENT)), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .build();
        return read(searcher -> {
            Map<String, Long> found = new HashMap<>();
            eachStatement(searcher, these, (id, updated) -> found.put(id, updated));
            return found;
        });
    }

    /**
     * Hands over the id of every statement the index holds, this many at a time (the last time
     * fewer), from one reader: what changes meanwhile is not seen. Only the ids of one handing-over
     * are held at once, whatever the size of the index.
     */
    void eachIndexed(int chunk, Consumer<List<String>> handle) {
        read(searcher -> {
            List<String> ids = new ArrayList<>(chunk);
            eachStatement(searcher, new TermQuery(new Term(Fields.KIND, Fields.STATEMENT)), (id, updated) -> {
                ids.add(id);
                if (ids.size() == chunk) {
                    handle.accept(List.copyOf(ids));
                    ids.clear();
                }
            });
            if (!ids.isEmpty()) {
                handle.accept(List.copyOf(ids));
            }
            return null;
        });
    }

    /** Each live statement document this query matches: its id and when it was stored (epoch milliseconds, -1 unknown). */
    private static void eachStatement(IndexSearcher searcher, Query query, ObjLongConsumer<String> each) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
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
                    each.accept(ids.lookupOrd(ids.ordValue()).utf8ToString(), updated.advanceExact(doc) ? updated.longValue() : -1L);
                }
            }
        }
    }

    /** How many documents the index holds: statements and pairs. */
    int documents() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * After a load of this many statements (an import, a rebuild), once they are indexed, merges
     * the index into a few segments when the load was large: a one-word search then looks its words
     * up in each of a few segments rather than in each of the tens that a load leaves (which the
     * merge policy merges lazily, for writing). A smaller load changes little and is left to the
     * merge policy.
     */
    public void mergeAfterLoad(long statements) {
        awaitHandedOver();
        if (statements < MERGE_AFTER) {
            return;
        }
        try {
            writer.forceMerge(SEGMENTS_AFTER_LOAD);
            writer.commit();
            changes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge the search index at " + path, e);
        }
    }

    /** Makes everything handed over so far durable. */
    void commit() {
        awaitHandedOver();
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
        Background.stop(committer, Duration.ofMinutes(1));
        try {
            for (ExecutorService thread : threads) {
                thread.shutdown();
            }
            for (ExecutorService thread : threads) {
                thread.awaitTermination(1, TimeUnit.MINUTES);
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

    /** A read of the index that may fail with an I/O error. */
    @FunctionalInterface
    interface IndexRead<T> {
        T on(IndexSearcher searcher) throws IOException;
    }
}
