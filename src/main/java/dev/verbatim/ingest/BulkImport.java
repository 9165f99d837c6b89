package dev.verbatim.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.api.ProblemException;
import dev.verbatim.statement.StatementInput;
import dev.verbatim.statement.StatementWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Imports statements given as JSON lines. Lines are stored in batches, one transaction each; a
 * line that cannot be stored fails alone: its batch is retried line by line without it.
 */
@ApplicationScoped
public class BulkImport {

    static final int BATCH = 250;

    private final ObjectMapper json;
    private final Validator validator;
    private final StatementWriter writer;

    public BulkImport(ObjectMapper json, Validator validator, StatementWriter writer) {
        this.json = json;
        this.validator = validator;
        this.writer = writer;
    }

    public ImportReport ndjson(BufferedReader lines, IntConsumer progress) throws IOException {
        ImportReport report = new ImportReport();
        List<Line> batch = new ArrayList<>(BATCH);
        long number = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                batch.add(new Line(number, parse(text)));
            } catch (IllegalArgumentException e) {
                report.failed(number, e.getMessage());
            }
            if (batch.size() == BATCH) {
                store(batch, report);
                progress.accept(report.imported() + report.failures().size());
                batch.clear();
            }
        }
        store(batch, report);
        progress.accept(report.imported() + report.failures().size());
        return report;
    }

    private StatementInput parse(String text) {
        StatementInput input;
        try {
            input = json.readValue(text, StatementInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a statement in JSON: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<StatementInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        return input;
    }

    private void store(List<Line> batch, ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(line -> writer.create(line.input(), null)));
            report.imported(batch.size());
        } catch (RuntimeException batchFailed) {
            for (Line line : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> writer.create(line.input(), null));
                    report.imported(1);
                } catch (ProblemException e) {
                    report.failed(line.number(), e.getMessage());
                } catch (RuntimeException e) {
                    report.failed(line.number(), "could not be stored (" + e.getClass().getSimpleName() + ")");
                }
            }
        }
    }

    private record Line(long number, StatementInput input) {
    }
}
