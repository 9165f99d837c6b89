package dev.verbatim.statement;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The embedded database's file. H2 writes each commit to new space and frees the old only after
 * a while (its RETENTION_TIME), so a bulk load leaves a file several times the size of its data.
 * A command that has loaded that much closes the database compacted, copying its live pages into a new file (H2 replaces the old one
 * only once the copy is whole). The server never does this: it would have to stop serving, and
 * it reuses the free space as it writes.
 *
 * <p>Its page cache is sized to the heap: H2 keeps 16 MiB of pages unless told otherwise, less
 * than the summaries of 100,000 statements, so that a page of search hits would read and decode
 * pages from the file again and again.
 */
@ApplicationScoped
public class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final DataSource dataSource;
    private final OptionalInt cacheSizeMb;

    /** H2's own page cache when not told otherwise, and the least this sets. */
    static final int H2_DEFAULT_CACHE_MB = 16;

    EmbeddedDatabase(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, DataSource dataSource,
            @ConfigProperty(name = "verbatim.db.cache-size-mb") OptionalInt cacheSizeMb) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataSource = dataSource;
        this.cacheSizeMb = cacheSizeMb;
    }

    /** The page cache of the embedded database: as configured, else a sixteenth of the heap, at least H2's default. */
    int cacheSizeMb() {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        return cacheSizeMb.orElse((int) Math.max(H2_DEFAULT_CACHE_MB, heapMb / 16));
    }

    /**
     * Sizes the embedded database's page cache (see the class); nothing with another database.
     * First of all start-up work, so that the search index's catch-up or rebuild reads with it.
     */
    void sizeCache(@Observes @Priority(1) StartupEvent start) {
        if (!url.startsWith("jdbc:h2:")) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set cache_size " + cacheSizeMb() * 1024L);
        } catch (SQLException e) {
            // A user without the right to set it (not the database's creator) keeps H2's default.
            LOG.warnf("The embedded database's page cache stays at H2's default: %s", e.getMessage());
        }
    }

    /** The sizes of the file before and after compacting, in bytes. */
    public record Compacted(long before, long after) {
    }

    /**
     * Closes an embedded H2 database compacted; nothing with another database. The last thing a
     * command-line task may do with the database. On a connection of its own, outside the pool: a
     * pooled one would be checked when given back, on a database already closed.
     */
    public Optional<Compacted> closeCompacted() {
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        try (Connection connection = DriverManager.getConnection(url, user.orElse(""), password.orElse(""));
                Statement statement = connection.createStatement()) {
            Path file;
            try (ResultSet path = statement.executeQuery("call database_path()")) {
                path.next();
                if (path.getString(1) == null) {
                    return Optional.empty(); // in memory
                }
                file = Path.of(path.getString(1) + ".mv.db");
            }
            long before = Files.size(file);
            statement.execute("shutdown compact");
            return Optional.of(new Compacted(before, Files.size(file)));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot compact the embedded database", e);
        }
    }
}
