package dev.bookstore.books.control;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, unreachable, no connection to be had) from a fault
 * of the request or of the app, by the SQL exception somewhere in the failure's causes. The JDBC driver, Liberty's
 * pool and JPA each wrap it their own way, so the causes are walked rather than one exception type caught.
 */
public final class DatabaseFailure {

    private DatabaseFailure() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            // SQL states 08 (connection exception) and 57P (the server shutting down, crashed or starting up).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the driver said, for the one log line of an outage: the innermost SQL exception (it names the server and
     * the SQL state), else the innermost cause; never a password or a query.
     */
    public static String describe(Throwable failure) {
        Throwable told = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException || !(told instanceof SQLException)) {
                told = cause;
            }
        }
        String state = told instanceof SQLException sql && sql.getSQLState() != null ? " (SQL state " + sql.getSQLState() + ")" : "";
        return told.getClass().getSimpleName() + state + ": " + told.getMessage();
    }
}
