package dev.verbatim.api;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * No connection to the database to be had: the pool gave none within its acquisition timeout
 * (Agroal's plain SQLException, which Hibernate wraps as it fails to acquire one), or the
 * database refused or dropped the connection (SQLSTATE class 08). Clients get 503 with
 * Retry-After: the request may be sent again, where a 500 would say the server is broken.
 */
public final class DatabaseUnavailable {

    public static final int STATUS = 503;
    public static final String TYPE = "unavailable";
    public static final String TITLE = "Service unavailable";
    public static final String DETAIL = "The database did not answer in time: every connection to it is busy, or it cannot be "
            + "reached. Try again after Retry-After seconds.";
    /** What a 503 asks a client to wait: about what a pool that ran dry takes to free connections. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    /** Whether this failure, or one it was caused by, is a connection that could not be had. */
    public static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (startsWith(sql.getSQLState(), "08") || contains(sql.getMessage(), "acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String s, String prefix) {
        return s != null && s.startsWith(prefix);
    }

    private static boolean contains(String s, String part) {
        return s != null && s.contains(part);
    }
}
