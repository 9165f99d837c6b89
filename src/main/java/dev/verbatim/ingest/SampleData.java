package dev.verbatim.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.statement.StatementInput;
import dev.verbatim.statement.StatementRepository;
import dev.verbatim.statement.StatementWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jboss.logging.Logger;

/** Fills an empty database with the bundled sample statements at start, unless told not to. */
@ApplicationScoped
public class SampleData {

    static final String RESOURCE = "sample/statements.ndjson";
    private static final Logger LOG = Logger.getLogger(SampleData.class);

    private final SampleDataConfig config;
    private final StatementRepository statements;
    private final StatementWriter writer;
    private final ObjectMapper json;

    public SampleData(SampleDataConfig config, StatementRepository statements, StatementWriter writer, ObjectMapper json) {
        this.config = config;
        this.statements = statements;
        this.writer = writer;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.data()) {
            QuarkusTransaction.requiringNew().run(this::loadIfEmpty);
        }
    }

    private void loadIfEmpty() {
        if (statements.count() > 0) {
            return;
        }
        int loaded = 0;
        try (var in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(RESOURCE), RESOURCE);
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    writer.create(json.readValue(line, StatementInput.class), null);
                    loaded++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled sample data cannot be read", e);
        }
        LOG.infof("Loaded %d sample statements into the empty database", loaded);
    }
}
