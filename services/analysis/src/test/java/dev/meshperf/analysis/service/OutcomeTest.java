package dev.meshperf.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestStatus;

class OutcomeTest {

    private static final Failure REFUSED = new Failure(FailureCode.TARGET_UNREACHABLE, "connection refused");

    @Test
    void everyShardDoneIsCompleted() {
        assertThat(Outcome.decide(2, 2, Map.of(), false, "native")).isEqualTo(new Outcome(TestStatus.COMPLETED, null));
    }

    @Test
    void missingShardsAtTheDeadlineArePartial() {
        Outcome outcome = Outcome.decide(3, 2, Map.of(), true, "native");
        assertThat(outcome.status()).isEqualTo(TestStatus.PARTIAL);
        assertThat(outcome.reason()).isEqualTo("1 of 3 shards did not finish by the deadline");
    }

    @Test
    void nothingReportedIsAFailureThatNamesTheGenerator() {
        Outcome outcome = Outcome.decide(1, 0, Map.of(), true, "wrk2");
        assertThat(outcome.status()).isEqualTo(TestStatus.FAILED);
        assertThat(outcome.reason()).contains("no runner of generator 'wrk2'");
    }

    @Test
    void failuresOfEveryShardFailTheTestOthersMakeItPartial() {
        assertThat(Outcome.decide(1, 1, Map.of(0, REFUSED), false, "native"))
                .isEqualTo(new Outcome(TestStatus.FAILED, "shard 0: connection refused"));
        assertThat(Outcome.decide(2, 2, Map.of(1, REFUSED), false, "native"))
                .isEqualTo(new Outcome(TestStatus.PARTIAL, "shard 1: connection refused"));
    }

    @Test
    void aCancelledShardCancelsTheTest() {
        assertThat(Outcome.decide(2, 2, Map.of(0, new Failure(FailureCode.CANCELLED, "cancelled")), false, "native")
                .status()).isEqualTo(TestStatus.CANCELLED);
    }
}
