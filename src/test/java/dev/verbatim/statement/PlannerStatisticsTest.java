package dev.verbatim.statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The statistics queries are planned with can be refreshed on either database, as the import command does. */
@QuarkusTest
class PlannerStatisticsTest {

    @Inject
    PlannerStatistics statistics;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void refreshingThemAnalyzesTheTables() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        statistics.refresh();
        if (url.startsWith("jdbc:postgresql:")) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(
                            "select last_analyze >= ? from pg_stat_user_tables where relname = 'statement'")) {
                statement.setTimestamp(1, Timestamp.from(before));
                try (ResultSet analyzed = statement.executeQuery()) {
                    assertTrue(analyzed.next() && analyzed.getBoolean(1), "the statement table was analyzed just now");
                }
            }
        }
    }
}
