package dev.verbatim.ingest;

import dev.verbatim.api.JsonBodies;
import dev.verbatim.api.Problem;
import dev.verbatim.api.ProblemException;
import dev.verbatim.api.ProblemMapper;
import dev.verbatim.domain.Conflict;
import dev.verbatim.domain.DomainException;
import dev.verbatim.statement.RawSource;
import dev.verbatim.statement.StatementStore;
import dev.verbatim.statement.Submission;
import dev.verbatim.statement.StatementInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Imports statements given as JSON lines in the public shape. Each line is stored on its own, so a
 * bad line fails alone; the same line again changes nothing, and a changed line with the same
 * {@code source.url} updates the statement it gave before.
 */
@ApplicationScoped
public class BulkImport {

    /** Lines stored in one transaction. */
    static final int BATCH = 250;

    private final JsonBodies inputs;
    private final StatementImporter importer;
    private final StatementStore store;
    private final ImportBodies bodies;

    BulkImport(JsonBodies inputs, StatementImporter importer, StatementStore store, ImportBodies bodies) {
        this.inputs = inputs;
        this.importer = importer;
        this.store = store;
        this.bodies = bodies;
    }

    /**
     * A batch sent over HTTP: refused whole, before anything is stored, when it is larger or
     * longer than one request may be.
     */
    public BatchReport ndjson(byte[] body, boolean dryRun) throws IOException {
        bodies.checkBatch(body);
        try (var reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            return ndjson(reader, dryRun, done -> {
            });
        }
    }

    /**
     * Statements as JSON lines, however many: for the import command and the sample data. The index
     * takes a batch in while the next is stored; reads wait for what it was given before them.
     */
    public BatchReport ndjson(BufferedReader lines, boolean dryRun, IntConsumer progress) throws IOException {
        List<BatchReport.Line> items = new ArrayList<>();
        List<Pending> pending = new ArrayList<>(BATCH);
        long number = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                StatementInput input = inputs.read(text, StatementInput.class, "statement");
                inputs.validate(input, "statement");
                pending.add(new Pending(number, input, text.getBytes(StandardCharsets.UTF_8)));
            } catch (ProblemException | DomainException e) {
                items.add(failed(number, e));
            }
            if (pending.size() == BATCH) {
                items.addAll(store(pending, dryRun));
                pending.clear();
                progress.accept(items.size());
            }
        }
        items.addAll(store(pending, dryRun));
        progress.accept(items.size());
        items.sort(Comparator.comparingLong(BatchReport.Line::line));
        return report(items);
    }

    /** A line of a batch, valid, with the bytes it came as. */
    private record Pending(long line, StatementInput input, byte[] raw) {

        Submission.Imported submission() {
            return new Submission.Imported(input, new RawSource("application/json", raw));
        }
    }

    /** The batch in one transaction; if that fails, line by line, so that only the bad lines fail. */
    private List<BatchReport.Line> store(List<Pending> pending, boolean dryRun) {
        List<BatchReport.Line> items = new ArrayList<>();
        if (pending.isEmpty()) {
            return items;
        }
        if (!dryRun) {
            try {
                List<StatementStore.Stored> stored = store.store(pending.stream().map(Pending::submission).toList());
                for (int i = 0; i < stored.size(); i++) {
                    items.add(line(pending.get(i).line(), ImportOutcome.Result.of(stored.get(i).result()), stored.get(i).id()));
                }
                return items;
            } catch (RuntimeException batchFailed) {
                // retried below, one line at a time
            }
        }
        for (Pending one : pending) {
            try {
                ImportOutcome outcome = importer.importStatement(one.input(), one.raw(), dryRun);
                items.add(line(one.line(), outcome.result(), outcome.statement().id()));
            } catch (ProblemException | DomainException e) {
                items.add(failed(one.line(), e));
            } catch (RuntimeException e) {
                items.add(failed(one.line(), new Conflict("This line could not be stored: it conflicts with what is stored.")));
            }
        }
        return items;
    }

    private static BatchReport.Line line(long number, ImportOutcome.Result result, String id) {
        return new BatchReport.Line(number, result.name().toLowerCase(), result == ImportOutcome.Result.CREATED ? 201 : 200, id, null);
    }

    /** A line that failed, with the problem it alone would have been answered. */
    private static BatchReport.Line failed(long number, RuntimeException e) {
        Problem problem = ProblemMapper.problemOf(e, null);
        return new BatchReport.Line(number, "failed", problem.status(), null, problem);
    }

    private static BatchReport report(List<BatchReport.Line> items) {
        int[] counts = new int[5];
        List<String> results = List.of("created", "updated", "unchanged", "parsed", "failed");
        for (BatchReport.Line line : items) {
            counts[results.indexOf(line.result())]++;
        }
        return new BatchReport(counts[0], counts[1], counts[2], counts[3], counts[4], items);
    }
}
