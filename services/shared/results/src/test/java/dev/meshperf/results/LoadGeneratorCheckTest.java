package dev.meshperf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.api.LoadGeneratorVerdict;
import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.Summary;

class LoadGeneratorCheckTest {

    private static LatencyStats p99(double ms) {
        return new LatencyStats(0.1, ms / 2, 1, ms * 2, ms / 3, ms / 2, ms / 1.5, ms / 1.2, ms, ms, ms);
    }

    private static Summary summary(Double asked, double sent, long dropped, double latencyP99) {
        return new Summary(1000, 0, 10, asked, sent, p99(latencyP99), p99(latencyP99 / 2), Map.of("200", 1000L),
                Map.of(), 0, 0, dropped, null, 0L);
    }

    @Test
    void aLagThatIsMostOfTheLatencyIsTheClientFallingBehind() {
        LoadGeneratorVerdict v = LoadGeneratorCheck.judge(summary(200.0, 200, 0, 88.3), p99(60.4));
        assertThat(v.status()).isEqualTo(LoadGeneratorVerdict.FALLING_BEHIND);
        assertThat(v.detail()).contains("60.4 ms").contains("68 %").contains("88.3 ms");
    }

    @Test
    void aSmallLagIsFineEvenWhenItIsMostOfAFastLatency() {
        assertThat(LoadGeneratorCheck.judge(summary(200.0, 200, 0, 3), p99(2)).status())
                .isEqualTo(LoadGeneratorVerdict.OK);
        assertThat(LoadGeneratorCheck.judge(summary(200.0, 200, 0, 100), p99(20)).status())
                .as("20 ms of 100 ms is under a quarter").isEqualTo(LoadGeneratorVerdict.OK);
    }

    @Test
    void sendingClearlyLessThanAskedIsFallingBehindAndSaysWhatWasDropped() {
        LoadGeneratorVerdict v = LoadGeneratorCheck.judge(summary(1000.0, 900, 1000, 5), p99(0.1));
        assertThat(v.status()).isEqualTo(LoadGeneratorVerdict.FALLING_BEHIND);
        assertThat(v.detail()).contains("900.0 of the 1000.0 req/s").contains("1000 requests");
        assertThat(LoadGeneratorCheck.judge(summary(1000.0, 980, 0, 5), p99(0.1)).status())
                .as("within 3 %").isEqualTo(LoadGeneratorVerdict.OK);
    }

    @Test
    void theClosedLoopAndGeneratorsWithoutLagAreNotJudged() {
        assertThat(LoadGeneratorCheck.judge(summary(null, 5000, 0, 5), p99(0)).status())
                .isEqualTo(LoadGeneratorVerdict.UNKNOWN);
        LoadGeneratorVerdict wrk = LoadGeneratorCheck.judge(summary(200.0, 200, 0, 5), null);
        assertThat(wrk.status()).isEqualTo(LoadGeneratorVerdict.UNKNOWN);
        assertThat(wrk.detail()).contains("does not report");
        assertThat(LoadGeneratorCheck.judge(null, null).status()).isEqualTo(LoadGeneratorVerdict.UNKNOWN);
    }

    @Test
    void aRampInProgressIsJudgedByItsLagAloneNotAgainstTheWholeRunsAverage() {
        // 73 req/s sent 13 s into a ramp whose average over the run is 225 req/s: nothing fell behind
        assertThat(LoadGeneratorCheck.judgeLag(summary(225.0, 73.4, 0, 5), p99(0.2)).status())
                .isEqualTo(LoadGeneratorVerdict.OK);
        assertThat(LoadGeneratorCheck.judgeLag(summary(225.0, 73.4, 0, 20), p99(15)).status())
                .isEqualTo(LoadGeneratorVerdict.FALLING_BEHIND);
        assertThat(LoadGeneratorCheck.notCompleted("CANCELLED").status()).isEqualTo(LoadGeneratorVerdict.UNKNOWN);
        assertThat(LoadGeneratorCheck.notCompleted("PARTIAL").detail()).contains("ended PARTIAL");
    }
}
