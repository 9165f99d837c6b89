package dev.verbatim.ingest;

import dev.verbatim.statement.StatementRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with the bundled sample at start, unless told not to, through the
 * importer like any page: the pages of sample/pages and the statements of sample/statements.ndjson.
 */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);

    private final SampleDataConfig config;
    private final StatementRepository statements;
    private final StatementImporter importer;
    private final BulkImport bulk;

    public SampleData(SampleDataConfig config, StatementRepository statements, StatementImporter importer, BulkImport bulk) {
        this.config = config;
        this.statements = statements;
        this.importer = importer;
        this.bulk = bulk;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.data() && statements.count() == 0) {
            load();
        }
    }

    private void load() {
        try {
            Properties pages = new Properties();
            try (InputStream in = resource("sample/pages.properties")) {
                pages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String file : new TreeSet<>(pages.stringPropertyNames())) {
                byte[] page;
                try (InputStream in = resource("sample/pages/" + file)) {
                    page = in.readAllBytes();
                }
                String url = pages.getProperty(file);
                importer.importPage(page, "text/plain", "UTF-8",
                        new ImportOptions(url.isBlank() ? null : url, null, null, null, null, null, null, false));
            }
            try (var lines = new BufferedReader(new InputStreamReader(resource("sample/statements.ndjson"), StandardCharsets.UTF_8))) {
                bulk.ndjson(lines, false, done -> {
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled sample data cannot be read", e);
        }
        LOG.infof("Loaded %d sample statements into the empty database", statements.count());
    }

    private InputStream resource(String name) {
        return Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(name), name);
    }
}
