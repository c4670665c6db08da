package dev.meshperf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PointRateTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aOneSecondPointIsItsCount() {
        PointRate first = PointRate.of(START, Duration.ofSeconds(2), null, START.plusSeconds(3), 200, 0);
        PointRate second = PointRate.of(START, Duration.ofSeconds(2), START.plusSeconds(3), START.plusSeconds(4), 210,
                1);

        assertThat(first).isEqualTo(new PointRate(200, 3));
        assertThat(second).isEqualTo(new PointRate(210, 4));
    }

    @Test
    void aPointForTheWholeRunIsDividedByItsLength() {
        // wrk2 reports once: 9,673 requests in a 3 s run after a 1 s warm-up
        PointRate whole = PointRate.of(START, Duration.ofSeconds(1), null, START.plusMillis(4_100), 9_673, 0);

        assertThat(whole.requestsPerSecond()).isEqualTo(Math.round(9_673 / 3.1));
        assertThat(whole.elapsedSeconds()).isEqualTo(4);
    }

    @Test
    void withoutAStartOrWithSkewedClocksAPointIsOneSecond() {
        assertThat(PointRate.of(null, Duration.ZERO, null, START, 150, 4)).isEqualTo(new PointRate(150, 5));
        assertThat(PointRate.of(START, Duration.ZERO, null, START.minusMillis(200), 150, 0).requestsPerSecond())
                .isEqualTo(150);
    }

    @Test
    void aRunnerThatStartedLateStillEndsAtTheTotal() {
        // 5 s warm-up and 10 s measured; the last point ends 15.6 s after the planned start
        PointRate last = PointRate.of(START, Duration.ofSeconds(5), START.plusMillis(14_600), START.plusMillis(15_600),
                200, 9);

        assertThat(last.elapsedSeconds()).isEqualTo(16);
        assertThat(last.within(15)).isEqualTo(new PointRate(200, 15));
        assertThat(PointRate.of(START, Duration.ZERO, null, START.plusSeconds(3), 50, 2).within(15).elapsedSeconds())
                .isEqualTo(3);
    }
}
