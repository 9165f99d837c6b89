package dev.verbatim.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code import FILE.ndjson} command-line task. */
@ApplicationScoped
public class ImportCommand {

    private final BulkImport bulk;

    public ImportCommand(BulkImport bulk) {
        this.bulk = bulk;
    }

    public int run(String... args) {
        if (args.length != 1) {
            System.err.println("Usage: import FILE.ndjson");
            return 2;
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            System.err.println("No such file: " + file);
            return 2;
        }
        long started = System.nanoTime();
        BatchReport report;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = bulk.ndjson(lines, false, done -> System.err.print("\rimported or failed: " + done));
        } catch (IOException e) {
            System.err.println("\nCannot read " + file + ": " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.println();
        report.items().stream().filter(line -> line.problem() != null)
                .forEach(line -> System.err.println("failed line " + line.line() + ": " + line.problem().detail()));
        System.out.printf("imported %d, updated %d, unchanged %d, failed %d, in %.1f s (%.0f statements/s)%n", report.created(),
                report.updated(), report.unchanged(), report.failed(), seconds, report.created() / Math.max(seconds, 1e-9));
        return report.failed() == 0 ? 0 : 1;
    }
}
