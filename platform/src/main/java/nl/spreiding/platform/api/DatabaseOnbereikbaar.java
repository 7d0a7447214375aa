package nl.spreiding.platform.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises an exception that means "the database cannot be reached right now" (connection refused or lost, the
 * pool timed out waiting for a connection, the server shutting down), which the edge answers with 503 and
 * {@code Retry-After} instead of 500: the request was fine and may be sent again.
 */
final class DatabaseOnbereikbaar {

    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseOnbereikbaar() {
    }

    static boolean is(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01..57P03 (administrator shutdown, crash shutdown, cannot connect
     * now), and Agroal's acquisition timeout, which carries no SQLSTATE.
     */
    private static boolean isConnectionState(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        String message = sql.getMessage();
        return message != null && message.startsWith("Acquisition timeout");
    }
}
