package dev.verbatim.ingest;

import dev.verbatim.statement.StatementRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with the bundled sample at start, unless told not to, through the
 * importer like any page: the pages of sample/pages and the statements of sample/statements.ndjson.
 * Instances that start together on one database load it once.
 */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);

    /** Any number, the same on every instance: the PostgreSQL advisory lock that instances take turns at the sample with. */
    private static final long SAMPLE_LOCK = 0x76657262617469L;

    private final SampleDataConfig config;
    private final StatementRepository statements;
    private final StatementImporter importer;
    private final ImportBodies bodies;
    private final BulkImport bulk;
    private final boolean postgres;

    SampleData(SampleDataConfig config, StatementRepository statements, StatementImporter importer, ImportBodies bodies,
            BulkImport bulk, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.config = config;
        this.statements = statements;
        this.importer = importer;
        this.bodies = bodies;
        this.bulk = bulk;
        this.postgres = dbKind.toLowerCase(Locale.ROOT).startsWith("postgres");
    }

    void onStart(@Observes StartupEvent event) {
        if (config.data()) {
            loadIfEmpty();
        }
    }

    /**
     * Loads the sample into an empty database, once however many instances start together on it:
     * the check and the load are one transaction, which first takes a lock the others wait for;
     * they then find the database filled. On PostgreSQL that is an advisory lock, released at
     * commit; the embedded database has one instance, and the writers' turn is enough.
     */
    void loadIfEmpty() {
        long loaded = QuarkusTransaction.requiringNew().call(() -> {
            if (postgres) {
                statements.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + SAMPLE_LOCK + ")").getSingleResult();
            } else {
                statements.takeWritersTurn();
            }
            if (statements.count() > 0) {
                return 0L;
            }
            load();
            return statements.count();
        });
        if (loaded > 0) {
            LOG.infof("Loaded %d sample statements into the empty database", loaded);
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
                importer.importPage(bodies.page(page, "text/plain", "UTF-8"),
                        new ImportOptions(url.isBlank() ? null : url, null, null, null, null, null, null, false));
            }
            try (var lines = new BufferedReader(new InputStreamReader(resource("sample/statements.ndjson"), StandardCharsets.UTF_8))) {
                bulk.ndjson(lines, false, done -> {
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled sample data cannot be read", e);
        }
    }

    private InputStream resource(String name) {
        return Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(name), name);
    }
}
