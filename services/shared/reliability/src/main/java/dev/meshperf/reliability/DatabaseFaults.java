package dev.meshperf.reliability;

import java.sql.SQLException;

/**
 * Tells a database that cannot be reached from one that refused a statement. Only the first is worth waiting for: a
 * refused statement (a constraint, a value too long, bad SQL) fails the same way however often it is tried.
 */
public final class DatabaseFaults {

    private static final String HIBERNATE_CONNECTION_FAILURE = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseFaults() {
    }

    /**
     * Whether the database could not be reached: a lost or refused connection (SQL state class 08), a server shutting
     * down or not accepting connections yet (57P), or no pooled connection in time.
     */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals(HIBERNATE_CONNECTION_FAILURE)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("cquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost message of a failure, which names what the database refused, for a reason a user reads. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip();
    }
}
