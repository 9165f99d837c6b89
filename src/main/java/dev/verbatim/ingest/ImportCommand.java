package dev.verbatim.ingest;

import dev.verbatim.search.Progress;
import dev.verbatim.api.Problem;
import dev.verbatim.api.ProblemException;
import dev.verbatim.api.ProblemMapper;
import dev.verbatim.domain.DomainException;
import dev.verbatim.domain.InvalidContent;
import dev.verbatim.search.IndexSync;
import dev.verbatim.search.SearchIndex;
import dev.verbatim.statement.EmbeddedDatabase;
import dev.verbatim.statement.PlannerStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@code import} command-line task: a directory of pages (.txt, .html) or an NDJSON file into
 * the configured database, with a progress bar and a closing summary of what was imported, found
 * unchanged, or failed and why. Exits 0 when nothing failed, 1 when something did, 2 on misuse.
 */
@ApplicationScoped
public class ImportCommand {

    public static final String USAGE = "Usage: import PATH [--time-zone=ZONE] [--issuer=NAME] [--language=CODE] [--dry-run]\n"
            + "  PATH is a directory of pages (.txt, .html, .htm) or a file of statements as JSON lines (.ndjson, .jsonl).";

    private final BulkImport bulk;
    private final StatementImporter importer;
    private final ImportBodies bodies;
    private final SearchIndex index;
    private final IndexSync sync;
    private final EmbeddedDatabase database;
    private final PlannerStatistics statistics;

    ImportCommand(BulkImport bulk, StatementImporter importer, ImportBodies bodies, SearchIndex index, IndexSync sync,
            EmbeddedDatabase database, PlannerStatistics statistics) {
        this.bulk = bulk;
        this.importer = importer;
        this.bodies = bodies;
        this.index = index;
        this.sync = sync;
        this.database = database;
        this.statistics = statistics;
    }

    /**
     * Statements read after which the command refreshes the database's statistics, and again each
     * time the number doubles: a few times for a million, so that the lookups of each batch stay
     * lookups (see {@link PlannerStatistics}).
     */
    static final long ANALYZE_FROM = 10_000;

    /** Statements written from which the command, run as a process of its own, closes the embedded database compacted. */
    static final long COMPACT_AFTER = 1000;

    /** The command run as a process of its own: after a large import it closes the embedded database compacted. */
    public int run(String... args) {
        return run(System.out, System.err, System.console() != null, true, args);
    }

    /** The command within a running application, which goes on using the database afterwards. */
    int run(PrintStream out, PrintStream err, boolean terminal, String... args) {
        return run(out, err, terminal, false, args);
    }

    private int run(PrintStream out, PrintStream err, boolean terminal, boolean last, String... args) {
        Path path = null;
        String zone = null;
        String issuer = null;
        String language = null;
        boolean dryRun = false;
        for (String arg : args) {
            if (arg.startsWith("--time-zone=")) {
                zone = arg.substring(12);
            } else if (arg.startsWith("--issuer=")) {
                issuer = arg.substring(9);
            } else if (arg.startsWith("--language=")) {
                language = arg.substring(11);
            } else if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (path == null && !arg.startsWith("--")) {
                path = Path.of(arg);
            } else {
                err.println("Unknown argument '" + arg + "'.\n" + USAGE);
                return 2;
            }
        }
        if (path == null || !Files.exists(path)) {
            err.println((path == null ? "No path given." : "Nothing at " + path + ".") + "\n" + USAGE);
            return 2;
        }
        long started = System.nanoTime();
        Summary summary = Files.isDirectory(path)
                ? pages(path, new ImportOptions(null, zone, language, null, null, issuer, null, dryRun), err, terminal)
                : ndjson(path, dryRun, err, terminal);
        long written = dryRun ? 0 : summary.imported + summary.updated;
        if (last) {
            // Nothing reads the database in the background once it is closed (compacted) below.
            sync.stopFollowing();
        }
        index.mergeAfterLoad(written);
        if (written > 0) {
            vacuum(err);
        }
        if (last && written >= COMPACT_AFTER) {
            compact(err);
        }
        return report(summary, (System.nanoTime() - started) / 1e9, out, err);
    }

    /** Each refusal and failure with its reason, then the summary line; the exit status. */
    private static int report(Summary summary, double seconds, PrintStream out, PrintStream err) {
        summary.refusals.forEach(refusal -> err.println("refused " + refusal));
        summary.failures.forEach(failure -> err.println("failed " + failure));
        int failed = summary.failures.size() + summary.refusals.size();
        out.printf(Locale.ROOT, "imported %d, updated %d, unchanged %d, failed %d%s, in %.1f s (%.0f a second)%n", summary.imported,
                summary.updated, summary.unchanged, failed, summary.refusals.isEmpty() ? "" : " (" + summary.refusals.size() + " refused)",
                seconds, (summary.imported + summary.updated + summary.unchanged) / Math.max(seconds, 1e-9));
        return failed == 0 ? 0 : 1;
    }

    /** What is imported is stored whatever happens here: a vacuum that fails only says so. */
    private void vacuum(PrintStream err) {
        try {
            statistics.vacuumStatements();
        } catch (IllegalStateException e) {
            err.println("The statements' table could not be vacuumed (" + e.getCause() + "); everything imported is stored.");
        }
    }

    /** What is imported is stored whatever happens here: a compaction that fails only says so. */
    private void compact(PrintStream err) {
        try {
            database.closeCompacted().ifPresent(compacted -> err.printf(Locale.ROOT, "Database file compacted from %.1f MiB to %.1f MiB%n",
                    compacted.before() / 1048576.0, compacted.after() / 1048576.0));
        } catch (IllegalStateException e) {
            err.println("The database file could not be compacted (" + e.getCause() + "); everything imported is stored.");
        }
    }

    private static final class Summary {
        int imported;
        int updated;
        int unchanged;
        final List<String> failures = new ArrayList<>();
        /** Pages that cannot be made into a statement (422): a listing, a page without date. */
        final List<String> refusals = new ArrayList<>();

        void count(String result) {
            switch (result) {
                case "created", "parsed" -> imported++;
                case "updated" -> updated++;
                case "unchanged" -> unchanged++;
                default -> {
                }
            }
        }
    }

    private Summary pages(Path directory, ImportOptions options, PrintStream err, boolean terminal) {
        List<Path> files;
        try (Stream<Path> listing = Files.walk(directory)) {
            files = listing.filter(Files::isRegularFile).filter(ImportCommand::isPage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages(directory, files, options, err, terminal);
    }

    /** The pages, indexed while the next ones are stored. */
    private Summary pages(Path directory, List<Path> files, ImportOptions options, PrintStream err, boolean terminal) {
        Summary summary = new Summary();
        Progress progress = new Progress(err, "files", files.size(), terminal);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain";
                ImportOutcome outcome = importer.importPage(bodies.page(Files.readAllBytes(file), type, null), options);
                summary.count(outcome.result().name().toLowerCase(Locale.ROOT));
            } catch (InvalidContent e) {
                summary.refusals.add(directory.relativize(file) + ": " + reason(e));
            } catch (ProblemException | DomainException e) {
                summary.failures.add(directory.relativize(file) + ": " + reason(e));
            } catch (IOException | RuntimeException e) {
                summary.failures.add(directory.relativize(file) + ": could not be read or stored (" + e.getClass().getSimpleName() + ")");
            }
            progress.at(i + 1);
        }
        return summary;
    }

    private Summary ndjson(Path file, boolean dryRun, PrintStream err, boolean terminal) {
        Summary summary = new Summary();
        try {
            long lines;
            try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
                lines = all.filter(line -> !line.isBlank()).count();
            }
            Progress progress = new Progress(err, "statements", lines, terminal);
            BatchReport report;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long[] analyzeAt = { ANALYZE_FROM };
                report = bulk.ndjson(reader, dryRun, done -> {
                    progress.at(done);
                    if (!dryRun && done >= analyzeAt[0]) {
                        statistics.refresh();
                        analyzeAt[0] *= 2;
                    }
                });
            }
            for (BatchReport.Line line : report.items()) {
                summary.count(line.result());
                if (line.problem() != null) {
                    summary.failures.add("line " + line.line() + ": " + line.problem().detail()
                            + (line.problem().errors() == null ? "" : " " + line.problem().errors()));
                }
            }
        } catch (IOException e) {
            summary.failures.add(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (ProblemException | DomainException e) {
            summary.failures.add(file + ": " + reason(e));
        }
        return summary;
    }

    private static String reason(RuntimeException e) {
        Problem problem = ProblemMapper.problemOf(e, null);
        return problem.errors() == null ? problem.detail()
                : String.join("; ", problem.errors().stream().map(error -> error.field() + ": " + error.message()).toList());
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }
}
