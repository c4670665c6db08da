package dev.meshperf.analysis.messaging;

import java.sql.SQLException;
import java.time.Duration;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Runs an action on a record again while it fails because the database does, with growing pauses, so that a short
 * database outage delays records instead of losing them (or, on the request channel, stopping consumption). Only an
 * unreachable database is waited for: any other failure would fail again, and only block its lane.
 */
public final class DatabaseRetry {

    private static final Logger LOG = Logger.getLogger(DatabaseRetry.class);

    private final Duration firstPause;
    private final Duration longestPause;
    private final Duration patience;

    public DatabaseRetry(Duration firstPause, Duration longestPause, Duration patience) {
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.patience = patience;
    }

    /** Returns false when the database still failed after the patience; the last failure is then logged. */
    public boolean run(String what, Runnable action) {
        long giveUpAt = System.nanoTime() + patience.toNanos();
        long pause = firstPause.toMillis();
        int attempt = 1;
        while (true) {
            try {
                action.run();
                if (attempt > 1) {
                    LOG.infof("%s succeeded at attempt %d, after the database recovered", what, attempt);
                }
                return true;
            } catch (RuntimeException e) {
                if (!isDatabaseFault(e)) {
                    throw e;
                }
                if (System.nanoTime() + pause * 1_000_000 > giveUpAt) {
                    LOG.errorf(e, "%s failed: the database did not answer for %s", what, patience);
                    return false;
                }
                if (attempt == 1) {
                    LOG.warnf("%s failed on the database (%s); trying again for up to %s", what, e.getMessage(),
                            patience);
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                pause = Math.min(longestPause.toMillis(), pause * 2);
                attempt++;
            }
        }
    }

    /**
     * Whether the database could not be reached: a lost or refused connection (SQL state class 08), a server shutting
     * down (57P), or no pooled connection in time. A refused statement (a constraint, bad SQL) is not retried.
     */
    static boolean isDatabaseFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException) {
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
}
