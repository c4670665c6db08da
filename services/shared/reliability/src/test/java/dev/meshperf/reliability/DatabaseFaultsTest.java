package dev.meshperf.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

    @Test
    void aLostRefusedOrShuttingDownDatabaseIsUnreachable() {
        assertThat(DatabaseFaults.isUnreachable(new IllegalStateException("flush failed",
                new SQLException("Connection to 127.0.0.1:25432 refused", "08001")))).isTrue();
        assertThat(DatabaseFaults.isUnreachable(new RuntimeException(new SQLException(
                "terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseFaults.isUnreachable(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection")))).isTrue();
    }

    @Test
    void aRefusedStatementIsNot() {
        assertThat(DatabaseFaults.isUnreachable(new RuntimeException(new SQLException(
                "ERROR: value too long for type character varying(200)", "22001")))).isFalse();
        assertThat(DatabaseFaults.isUnreachable(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseFaults.isUnreachable(new NullPointerException())).isFalse();
    }

    @Test
    void theRootMessageNamesWhatWasRefused() {
        assertThat(DatabaseFaults.rootMessage(new IllegalStateException("could not execute statement",
                new SQLException(" ERROR: value too long for type character varying(200)\n", "22001"))))
                .isEqualTo("ERROR: value too long for type character varying(200)");
        assertThat(DatabaseFaults.rootMessage(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
