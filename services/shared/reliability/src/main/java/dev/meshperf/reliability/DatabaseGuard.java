package dev.meshperf.reliability;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.Guard;

/**
 * Runs work that needs the database again while the database cannot be reached ({@link DatabaseFaults}), with
 * exponentially growing pauses, for up to {@code meshperf.database.patience}: a SmallRye Fault Tolerance {@link Guard},
 * so that a database outage delays records instead of losing them or stopping a channel. Any other failure is thrown
 * at once. The first try runs outside the guard, so work that succeeds (nearly always) costs nothing extra.
 */
@ApplicationScoped
public class DatabaseGuard {

    private static final Logger LOG = Logger.getLogger(DatabaseGuard.class);

    private final Guard guard;
    private final DatabaseConfig config;

    @Inject
    public DatabaseGuard(DatabaseConfig config) {
        this.config = config;
        this.guard = Guard.create().withDescription("database")
                .withRetry().maxRetries(-1).maxDuration(config.patience().toMillis(), ChronoUnit.MILLIS)
                .delay(config.firstPause().toMillis(), ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                .whenException(DatabaseFaults::isUnreachable)
                .withExponentialBackoff().factor(2).maxDelay(config.longestPause().toMillis(), ChronoUnit.MILLIS)
                .done().done().build();
    }

    /** Runs {@code action}; {@code what} names it in the log ("storing the result of test x"). */
    public void run(String what, Runnable action) {
        get(what, () -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code action} and returns its value; throws its last failure when the database stayed unreachable. */
    public <T> T get(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException first) {
            if (!DatabaseFaults.isUnreachable(first)) {
                throw first;
            }
            LOG.warnf("%s failed: the database cannot be reached (%s); trying again for up to %s", what,
                    DatabaseFaults.rootMessage(first), config.patience());
        }
        @SuppressWarnings("unchecked")
        Class<T> any = (Class<T>) Object.class;
        try {
            T value = guard.get(action, any);
            LOG.infof("%s succeeded after the database came back", what);
            return value;
        } catch (RuntimeException last) {
            if (DatabaseFaults.isUnreachable(last)) {
                LOG.errorf("%s failed: the database did not answer for %s", what, config.patience());
            }
            throw last;
        }
    }
}
