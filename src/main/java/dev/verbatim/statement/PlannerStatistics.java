package dev.verbatim.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The statistics the database plans its queries with: how many rows a table has and how its
 * values spread. A bulk load outgrows them: PostgreSQL then takes a lookup of 250 source
 * addresses in a table it last measured empty for a fifth of the table, and reads all of it
 * (measured: an import of a million on a server without autovacuum fell to 84 statements a
 * second at 150,000, and rose to 335 once the statistics were refreshed). H2 refreshes its own
 * as a table grows; PostgreSQL's autovacuum does too, when it is on, a minute or so behind. The
 * import command refreshes them as it goes (see its {@code ANALYZE_FROM}).
 */
@ApplicationScoped
public class PlannerStatistics {

    private final EntityManager entities;
    private final DataSource dataSource;

    PlannerStatistics(EntityManager entities, DataSource dataSource) {
        this.entities = entities;
        this.dataSource = dataSource;
    }

    /** ANALYZE, on either database: samples every table, reads nothing whole, blocks no writer. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        entities.createNativeQuery("ANALYZE").executeUpdate();
    }

    /**
     * After a bulk load, on PostgreSQL: VACUUM (ANALYZE) of the statements' table, which marks its
     * pages all-visible, so that a day's count, the nearest day with a statement and the archive's
     * counts are read from the publication-date index alone (migration V8) from the first request,
     * not only once autovacuum has come by (a minute later where it is on, never where it is off).
     * It reads only the pages not yet marked: measured at a million statements, 1.7 s. Outside a
     * transaction, as VACUUM must be. Nothing on H2, which keeps no such map.
     *
     * @throws IllegalStateException when the database refuses it, with its reason as the cause
     */
    public void vacuumStatements() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement vacuum = connection.createStatement()) {
                vacuum.execute("VACUUM (ANALYZE) statement");
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot vacuum the statements' table", e);
        }
    }
}
