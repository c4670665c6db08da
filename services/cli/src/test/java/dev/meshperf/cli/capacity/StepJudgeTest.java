package dev.meshperf.cli.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.SloResult;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.spec.SloCheck;

class StepJudgeTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    private static final SloVerdict NO_SLOS = new SloVerdict(true, List.of());

    private static Summary summary(long requests, long dropped, double p99) {
        LatencyStats latency = new LatencyStats(1, 2, 1, 90, 2, 3, 4, 5, p99, 80, 90);
        return new Summary(requests, 0, 10, 100.0, requests / 10.0, latency, latency, Map.of("200", requests),
                Map.of(), 0, 0, dropped, false, null);
    }

    private static StepJudge.Verdict judge(TestStatus status, Summary summary, SloVerdict slo) {
        return StepJudge.judge("t-1", status, status == TestStatus.FAILED ? "refused" : null, summary, slo, 100,
                TEN_SECONDS, 0.01);
    }

    @Test
    void aCompleteStepAtItsRateWithinItsSlosPasses() {
        StepJudge.Verdict v = judge(TestStatus.COMPLETED, summary(1_000, 0, 12.5), NO_SLOS);

        assertThat(v.passed()).isTrue();
        assertThat(v.reason()).isNull();
        assertThat(v.p99Ms()).isEqualTo(12.5);
        assertThat(v.actualRps()).isEqualTo(100.0);
    }

    @Test
    void theRateMayFallShortByTheToleranceAndOneRequest() {
        assertThat(judge(TestStatus.COMPLETED, summary(989, 0, 1), NO_SLOS).passed()).isTrue();
        StepJudge.Verdict short_ = judge(TestStatus.COMPLETED, summary(988, 0, 1), NO_SLOS);
        assertThat(short_.passed()).isFalse();
        assertThat(short_.reason()).isEqualTo("sent 988 of 1000 requests (98.8 req/s)");
    }

    @Test
    void eachWayOfFailingSaysWhy() {
        assertThat(judge(TestStatus.FAILED, summary(0, 0, 1), NO_SLOS).reason())
                .isEqualTo("the test ended FAILED: refused");
        assertThat(judge(TestStatus.COMPLETED, summary(1_000, 7, 1), NO_SLOS).reason())
                .isEqualTo("7 requests dropped: every connection was busy");
        assertThat(judge(TestStatus.COMPLETED, null, NO_SLOS).reason()).isEqualTo("no request was answered");
        SloVerdict slow = new SloVerdict(false, List.of(new SloResult(new SloCheck("latency.p99", "<=", 50), 61.25,
                false), new SloResult(new SloCheck("errorRate", "<=", 1), 0.0, true)));
        assertThat(judge(TestStatus.COMPLETED, summary(1_000, 0, 61.25), slow).reason())
                .isEqualTo("SLO latency.p99<=50 (was 61.3)");
    }
}
