package dev.verbatim.ingest;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command: a directory of pages or an NDJSON file, a progress bar, a closing summary. */
@QuarkusTest
class ImportCommandTest {

    @Inject
    ImportCommand command;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @TempDir
    Path directory;

    record Run(int exit, String out, String err) {
    }

    Run run(boolean terminal, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = command.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal, args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDirectoryOfPagesIsImportedWithASummaryOfEachFailure() throws Exception {
        Files.createDirectories(directory.resolve("more"));
        Files.writeString(directory.resolve("one.txt"), "Command Office statement one\n1993-01-02\n\nFirst words.\n");
        Files.writeString(directory.resolve("more/two.html"),
                "<html><head><title>Command Office statement two</title></head><body><p>1993-01-03</p><p>Second words.</p></body></html>");
        Files.writeString(directory.resolve("more/three.txt"), "Command Office statement one\n1993-01-02\n\nFirst words.\n");
        Files.writeString(directory.resolve("broken.txt"), "only a line\n");
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            links.append("<li><a href=\"/s/").append(i).append("\">Command Office statement number ").append(i).append("</a></li>");
        }
        Files.writeString(directory.resolve("listing.html"), "<html><head><title>Statements</title></head><body><h1>Statements</h1><ul>"
                + links + "</ul></body></html>");
        Files.writeString(directory.resolve("notes.md"), "not a page: skipped");

        Run run = run(true, directory.toString(), "--time-zone=Europe/Paris", "--issuer=Command Office");

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().startsWith("imported 2, updated 0, unchanged 1, failed 2 (2 refused)"), run.out());
        assertTrue(run.err().contains("refused broken.txt: publishedAt: the page carries no recognisable date"), run.err());
        assertTrue(run.err().contains("refused listing.html: publishedAt: the page carries no recognisable date"), run.err());
        assertTrue(run.err().contains("body: the page is a list of 10 links to other pages, not a statement"), run.err());
        assertTrue(run.err().contains("[##############################] 100% 5/5 files"), run.err());
        given().queryParam("issuer", "command-office").when().get("/api/v1/statements").then().body("total", is(2));
    }

    @Test
    void anNdjsonFileIsImportedWithProgressLinesWhenNotOnATerminal() throws Exception {
        Path file = directory.resolve("statements.ndjson");
        Files.writeString(file, """
                {"title":"Command batch one","language":"en","issuer":{"name":"Command Batch Office"},"publishedAt":"1992-05-06T10:00:00Z"}
                {"title":"Command batch two","language":"en","issuer":{"name":"Command Batch Office"},"publishedAt":"1992-05-07T10:00:00Z"}
                """);
        Run run = run(false, file.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("imported 2, updated 0, unchanged 0, failed 0"), run.out());
        assertTrue(run.err().contains("100% 2/2 statements"), run.err());
    }

    /**
     * So that a day's count is read from an index alone from the first request after a bulk load
     * (the index holds what the count needs; PostgreSQL reads it alone only where vacuum has
     * marked the table's pages visible), not once autovacuum comes by, or never where it is off.
     */
    @Test
    void onPostgresqlAnImportVacuumsTheStatements() throws Exception {
        assumeTrue(url.startsWith("jdbc:postgresql:"), "a vacuum of PostgreSQL's; H2 keeps no visibility map to set");
        Instant before = Instant.now().minusSeconds(1);
        Path file = directory.resolve("vacuumed.ndjson");
        Files.writeString(file, """
                {"title":"Command vacuum one","language":"en","issuer":{"name":"Command Vacuum Office"},"publishedAt":"1991-05-06T10:00:00Z"}
                """);
        assertEquals(0, run(false, file.toString()).exit());
        // The statistics PostgreSQL reports reach other sessions within a second or so.
        boolean vacuumed = false;
        for (int tries = 0; tries < 50 && !vacuumed; tries++) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(
                            "select last_vacuum >= ? and last_analyze >= ? from pg_stat_user_tables where relname = 'statement'")) {
                statement.setTimestamp(1, Timestamp.from(before));
                statement.setTimestamp(2, Timestamp.from(before));
                try (ResultSet result = statement.executeQuery()) {
                    vacuumed = result.next() && result.getBoolean(1);
                }
            }
            if (!vacuumed) {
                Thread.sleep(200);
            }
        }
        assertTrue(vacuumed, "the statement table was vacuumed and analyzed by the import");
    }

    @Test
    void misuseIsExplained() {
        Run nothing = run(false);
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().contains("Usage: import PATH"));
        assertEquals(2, run(false, directory.resolve("missing").toString()).exit());
        assertEquals(2, run(false, directory.toString(), "--colour=blue").exit());
    }
}
