package dev.verbatim.statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
        statistics.refresh();
        if (url.startsWith("jdbc:postgresql:")) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet analyzed = statement.executeQuery(
                            "select last_analyze is not null from pg_stat_user_tables where relname = 'statement'")) {
                assertTrue(analyzed.next() && analyzed.getBoolean(1), "the statement table was analyzed");
            }
        }
    }
}
