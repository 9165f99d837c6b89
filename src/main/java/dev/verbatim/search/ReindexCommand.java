package dev.verbatim.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;

/** {@code reindex}: rebuilds the search index from the configured database, with a progress bar. */
@ApplicationScoped
public class ReindexCommand {

    public static final String USAGE = "  reindex              rebuild the search index from the database\n";

    private final IndexSync sync;
    private final SearchIndex index;

    ReindexCommand(IndexSync sync, SearchIndex index) {
        this.sync = sync;
        this.index = index;
    }

    public int run(String... args) {
        return run(System.out, System.err, System.console() != null, args);
    }

    int run(PrintStream out, PrintStream err, boolean terminal, String... args) {
        if (args.length > 0) {
            err.println("reindex takes no arguments.\n" + USAGE);
            return 2;
        }
        long started = System.nanoTime();
        Progress[] progress = new Progress[1];
        IndexStatus done = sync.rebuild(count -> {
            if (progress[0] == null) {
                progress[0] = new Progress(err, "statements", sync.status().total(), terminal);
            }
            progress[0].at(count);
        });
        out.printf("Indexed %d statements (%d documents with their Q&A pairs), removed %d, in %.1f s, into %s%n",
                done.done(), index.documents(), done.removed(), (System.nanoTime() - started) / 1e9, index.path());
        return 0;
    }
}
