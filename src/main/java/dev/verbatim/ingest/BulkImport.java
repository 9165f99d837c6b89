package dev.verbatim.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.api.Problem;
import dev.verbatim.api.ProblemException;
import dev.verbatim.statement.StatementInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Imports statements given as JSON lines in the public shape. Each line is stored on its own, so a
 * bad line fails alone; the same line again changes nothing, and a changed line with the same
 * {@code source.url} updates the statement it gave before.
 */
@ApplicationScoped
public class BulkImport {

    private final ObjectMapper json;
    private final StatementImporter importer;
    private final ImportConfig config;

    public BulkImport(ObjectMapper json, StatementImporter importer, ImportConfig config) {
        this.json = json;
        this.importer = importer;
        this.config = config;
    }

    public BatchReport ndjson(BufferedReader lines, boolean dryRun, IntConsumer progress) throws IOException {
        List<BatchReport.Line> items = new ArrayList<>();
        int[] counts = new int[ImportOutcome.Result.values().length];
        int failed = 0;
        long number = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            if (items.size() >= config.maxBatchLines()) {
                throw new ProblemException.TooLarge("A batch holds " + config.maxBatchLines() + " lines at most; split it.");
            }
            BatchReport.Line line;
            try {
                ImportOutcome outcome = importer.importStatement(parse(text), text.getBytes(StandardCharsets.UTF_8), dryRun);
                counts[outcome.result().ordinal()]++;
                line = new BatchReport.Line(number, outcome.result().name().toLowerCase(),
                        outcome.result() == ImportOutcome.Result.CREATED ? 201 : 200, outcome.statement().id(), null);
            } catch (ProblemException e) {
                failed++;
                line = new BatchReport.Line(number, "failed", e.status(), null,
                        new Problem(e.type(), e.title(), e.status(), e.getMessage(), null, e.errors()));
            }
            items.add(line);
            progress.accept(items.size());
        }
        return new BatchReport(counts[ImportOutcome.Result.CREATED.ordinal()], counts[ImportOutcome.Result.UPDATED.ordinal()],
                counts[ImportOutcome.Result.UNCHANGED.ordinal()], counts[ImportOutcome.Result.PARSED.ordinal()], failed, items);
    }

    private StatementInput parse(String text) {
        try {
            return json.readValue(text, StatementInput.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException.InvalidBody("Not a statement in JSON: " + e.getOriginalMessage());
        }
    }
}
