package dev.verbatim.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    /**
     * PostgreSQL's sample guesses far too few statements among the pairs (one in twenty at a
     * million), and plans joins of statements to their pairs as if each had hundreds; the
     * estimate is set instead, as a share of the rows (see db/postgresql).
     */
    @Test
    void postgresqlCountsTheStatementsOfPairsAsATenthOfThePairs() throws Exception {
        assumeTrue(url.startsWith("jdbc:postgresql:"), "an estimate PostgreSQL's planner takes; H2 keeps none to set");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select option from pg_attribute, unnest(attoptions) option where attrelid = 'qa_pair'::regclass "
                                + "and attname = 'statement_id' and option like 'n_distinct=%'");
                ResultSet options = statement.executeQuery()) {
            assertTrue(options.next());
            assertEquals("n_distinct=-0.1", options.getString(1));
        }
    }
}
