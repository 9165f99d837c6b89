package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.search.PackagedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The import command as it is run, a process of its own: after a bulk load it leaves the embedded
 * database's file about the size of its data, and everything it imported is there; it says its
 * summary and nothing else.
 */
class ImportCommandIT {

    private static final int STATEMENTS = (int) ImportCommand.COMPACT_AFTER;
    private static final Pattern COMPACTED = Pattern.compile("Database file compacted from ([\\d.]+) MiB to ([\\d.]+) MiB");

    @Test
    void aBulkImportClosesTheEmbeddedDatabaseCompactedWithEverythingInIt() throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("verbatim.it.work")));
        Path data = Files.createTempDirectory(work, "import-");
        Path file = work.resolve(data.getFileName() + ".ndjson");
        Files.writeString(file, statements(data.getFileName().toString()), StandardCharsets.UTF_8);

        // The change feed followed and the index committed without pause, as they could be at any
        // moment the database and the index are closed.
        PackagedServer.Command first = PackagedServer.command(data,
                Map.of("VERBATIM_SEARCH_FOLLOW_INTERVAL", "1ms", "VERBATIM_SEARCH_COMMIT_INTERVAL", "1ms"), "import", file.toString());

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("imported " + STATEMENTS + ", updated 0, unchanged 0, failed 0"), first.out());
        // Nothing in the background (following the change feed) trips over the database it closed.
        assertEquals(1, first.out().strip().lines().count(), "the summary alone: " + first.out());
        Matcher compacted = COMPACTED.matcher(first.err());
        if (System.getProperty("verbatim.it.jdbc-url", "").isBlank()) {
            assertTrue(compacted.find(), first.err());
            double before = Double.parseDouble(compacted.group(1));
            double after = Double.parseDouble(compacted.group(2));
            assertTrue(after < before / 2, "from " + before + " MiB to " + after + " MiB");
            assertEquals(after, Files.size(data.resolve("db/verbatim.mv.db")) / 1048576.0, 0.05, "the file as left");
        } else {
            assertFalse(compacted.find(), "PostgreSQL keeps its own files: " + first.err());
        }

        PackagedServer.Command again = PackagedServer.command(data, "import", file.toString());

        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("imported 0, updated 0, unchanged " + STATEMENTS + ", failed 0"), again.out());
        assertFalse(COMPACTED.matcher(again.err()).find(), "nothing written, nothing to compact");
    }

    private static String statements(String run) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < STATEMENTS; i++) {
            lines.append("""
                    {"title":"Compacted statement %s number %d","language":"en","issuer":{"name":"Import Command Office"},\
                    "publishedAt":"1995-%02d-%02dT10:00:00Z","timeZone":"UTC","text":"A body of text for the import command test.",\
                    "qa":[{"question":"A question?","answer":"An answer, number %d."}]}
                    """.formatted(run, i, 1 + i % 12, 1 + i % 28, i));
        }
        return lines.toString();
    }
}
