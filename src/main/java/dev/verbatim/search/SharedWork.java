package dev.verbatim.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Scheduled work that instances sharing a PostgreSQL database do one at a time: whoever holds the
 * work's advisory lock does it, the others pass this turn. On the embedded database there is one
 * instance, which always does it.
 */
@ApplicationScoped
class SharedWork {

    /** The advisory lock of reconciliation: any number, the same on every instance. */
    static final long RECONCILIATION = 0x7665726261L;

    private final DataSource database;

    SharedWork(DataSource database) {
        this.database = database;
    }

    /** The work's outcome, or null when another instance holds its lock and does it now. */
    <T> T alone(long lock, Supplier<T> work) {
        try (Connection connection = database.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                return work.get();
            }
            if (!call(connection, "select pg_try_advisory_lock(?)", lock)) {
                return null;
            }
            try {
                return work.get();
            } finally {
                call(connection, "select pg_advisory_unlock(?)", lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the lock of shared work " + lock, e);
        }
    }

    private static boolean call(Connection connection, String sql, long lock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, lock);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
