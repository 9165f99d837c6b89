package dev.verbatim.search;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps the index following every committed change to statements, from the change feed: this
 * instance's, another instance's on the same database, or the import command's. A write made here
 * is taken in from the write itself as soon as it commits (what the index needs of it is taken
 * inside the transaction, where the statements are whole), so that its writer reads it at once;
 * every {@code verbatim.search.follow-interval} the feed is read from where the index got to, and
 * the statements changed elsewhere are read from the database and indexed. How far the index got
 * is kept in its own commits, so that a restart resumes there.
 */
@ApplicationScoped
class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class);
    /** Changes read from the feed at once. */
    static final int BATCH = 1000;

    private final SearchIndex index;
    private final IndexSource statements;
    private final ChangeSource feed;
    private final SearchConfig config;
    /** Taken by whatever hands statements over, so that a newer version is never overtaken by one read before it. */
    private final Object handing = new Object();
    private FollowedPositions followed;
    /** The position the index's commits last were told. */
    private volatile long recorded = -1;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-index-follow");
        thread.setDaemon(true);
        return thread;
    });

    FeedFollower(SearchIndex index, IndexSource statements, ChangeSource feed, SearchConfig config) {
        this.index = index;
        this.statements = statements;
        this.feed = feed;
        this.config = config;
    }

    /**
     * Where the index starts following: where it got to before, or, for an index started empty,
     * the feed's head now, before it is filled from the database (what changes meanwhile is
     * followed as well). An index that says it got further than the feed goes was filled from
     * another database: it starts at the head too, and reconciliation brings it level.
     */
    void start() {
        long head = feed.head();
        long from = index.startedEmpty() ? -1 : index.followed();
        if (from > head) {
            LOG.warnf("The search index followed a change feed to %d, beyond this database's (%d): it follows this one from there", from,
                    head);
        }
        if (from < 0 || from > head) {
            from = head;
        }
        synchronized (handing) {
            followed = new FollowedPositions(from);
        }
    }

    /** Follows the feed every {@code verbatim.search.follow-interval} from now on. */
    void run() {
        long every = config.followInterval().toMillis();
        background.scheduleWithFixedDelay(this::followQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    /** A write made here, taken in once it commits. */
    void onWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChanges change) {
        synchronized (handing) {
            index.apply(change.stored(), change.withdrawn());
            if (followed != null && change.first() > 0) {
                followed.take(change.first(), change.last());
            }
        }
    }

    /**
     * Reads the feed from where the index got to, to its end, and takes in what was changed
     * elsewhere; returns how many statements it read from the database.
     */
    synchronized long follow() {
        long taken = 0;
        long cursor;
        synchronized (handing) {
            if (followed == null) {
                return 0;
            }
            cursor = followed.position();
        }
        List<ChangeSource.Change> read;
        do {
            read = feed.after(cursor, BATCH);
            taken += takeIn(read);
            if (!read.isEmpty()) {
                cursor = read.get(read.size() - 1).position();
            }
        } while (read.size() == BATCH);
        long skipped;
        long position;
        synchronized (handing) {
            skipped = followed.advance(System.nanoTime(), config.gapGrace().toNanos());
            position = followed.position();
        }
        if (skipped > 0) {
            LOG.warnf("%d positions of the change feed were still missing after %s; followed past them to %d "
                    + "(reconciliation repairs what they held, if anything)", skipped, config.gapGrace(), position);
        }
        // Only once what was handed over is in the index's writer may its commits say it was
        // followed; while the indexing threads are busy (an import), that is said at a later round.
        if (position != recorded && index.handedOverWritten()) {
            index.followedTo(position);
            recorded = position;
        }
        return taken;
    }

    /** The position the index's next commit says it followed to; -1 before it was told one. */
    long recorded() {
        return recorded;
    }

    /** The position every change up to which the index has taken in. */
    long position() {
        synchronized (handing) {
            return followed.position();
        }
    }

    private long takeIn(List<ChangeSource.Change> read) {
        if (read.isEmpty()) {
            return 0;
        }
        synchronized (handing) {
            Set<String> ids = new LinkedHashSet<>();
            for (ChangeSource.Change change : read) {
                if (!followed.taken(change.position())) {
                    ids.add(change.statementId());
                }
            }
            if (!ids.isEmpty()) {
                // Read while no write here hands a newer version over, so that none is overtaken by this one.
                List<IndexedStatement> live = statements.live(ids);
                Set<String> gone = new HashSet<>(ids);
                live.forEach(statement -> gone.remove(statement.id()));
                index.apply(live, new ArrayList<>(gone));
            }
            read.forEach(change -> followed.take(change.position(), change.position()));
            return ids.size();
        }
    }

    private void followQuietly() {
        try {
            follow();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Following the change feed failed; it is tried again in %s", config.followInterval());
        }
    }

    /** No more rounds; the one running, if any, ends first, and then the feed is followed to its end once more. */
    void stopFollowing() {
        Background.stop(background, Duration.ofSeconds(10));
        index.awaitHandedOver();
        follow();
    }

    /**
     * At the first step of shutting down, before Hibernate and the database's connections are
     * closed. Stopped when its bean was destroyed, a round could run after them and fail ("Following
     * the change feed failed ... EntityManagerFactory is closed", seen as tests switched profiles).
     */
    void stop(@Observes ShutdownEvent event) {
        Background.stop(background, Duration.ofSeconds(10));
    }
}
