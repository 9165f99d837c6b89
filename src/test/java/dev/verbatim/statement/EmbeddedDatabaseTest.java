package dev.verbatim.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The embedded database keeps a page cache sized to the heap, not H2's fixed 16 MiB. */
@QuarkusTest
class EmbeddedDatabaseTest {

    @Inject
    DataSource dataSource;

    @Inject
    EmbeddedDatabase database;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void thePageCacheIsASixteenthOfTheHeapAndNeverLessThanH2sDefault() throws Exception {
        assumeTrue(url.startsWith("jdbc:h2:"), "PostgreSQL sizes its own buffers");
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        int expected = (int) Math.max(EmbeddedDatabase.H2_DEFAULT_CACHE_MB, heapMb / 16);
        assertEquals(expected, database.cacheSizeMb());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet cache = statement.executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'")) {
            cache.next();
            assertEquals(expected, Integer.parseInt(cache.getString(1)));
        }
    }
}
