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
        ImportReport report;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = bulk.ndjson(lines, done -> System.err.print("\rimported or failed: " + done));
        } catch (IOException e) {
            System.err.println("\nCannot read " + file + ": " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.println();
        report.failures().forEach(failure -> System.err.println("failed " + failure));
        System.out.printf("imported %d, failed %d, in %.1f s (%.0f statements/s)%n", report.imported(),
                report.failures().size(), seconds, report.imported() / Math.max(seconds, 1e-9));
        return report.failures().isEmpty() ? 0 : 1;
    }
}
