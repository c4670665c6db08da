package dev.meshperf.analysis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseRetryTest {

    private static final DatabaseRetry RETRY = new DatabaseRetry(Duration.ofMillis(1), Duration.ofMillis(4),
            Duration.ofMillis(500));

    private static RuntimeException unreachable() {
        return new IllegalStateException("flush failed", new JDBCConnectionException("connection refused",
                new SQLException("Connection to 127.0.0.1:25432 refused", "08001")));
    }

    @Test
    void anUnreachableDatabaseIsWaitedForUntilItAnswers() {
        AtomicInteger attempts = new AtomicInteger();

        boolean done = RETRY.run("merging", () -> {
            if (attempts.incrementAndGet() < 4) {
                throw unreachable();
            }
        });

        assertThat(done).isTrue();
        assertThat(attempts).hasValue(4);
    }

    @Test
    void afterThePatienceTheRecordIsGivenUp() {
        AtomicInteger attempts = new AtomicInteger();

        boolean done = RETRY.run("merging", () -> {
            attempts.incrementAndGet();
            throw unreachable();
        });

        assertThat(done).isFalse();
        assertThat(attempts.get()).as("tried again and again within 500 ms").isGreaterThan(5);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> RETRY.run("opening", () -> {
            attempts.incrementAndGet();
            throw new ConstraintViolationException("duplicate", new SQLException("duplicate key", "23505"),
                    "test_run_pkey");
        })).isInstanceOf(ConstraintViolationException.class);
        assertThat(attempts).hasValue(1);
        assertThat(DatabaseRetry.isDatabaseFault(new NullPointerException())).isFalse();
        assertThat(DatabaseRetry.isDatabaseFault(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DatabaseRetry.isDatabaseFault(new RuntimeException(new SQLException("terminating connection due"
                + " to administrator command", "57P01")))).isTrue();
    }
}
