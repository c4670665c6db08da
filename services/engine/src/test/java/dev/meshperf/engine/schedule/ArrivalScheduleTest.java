package dev.meshperf.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

    @Test
    void uniformStreamsTogetherSendTheWholeProfileExactlyOnce() {
        RateProfile profile = new ConstantRate(1000, 3);
        List<Long> all = new ArrayList<>();
        int streams = 6;
        for (int s = 0; s < streams; s++) {
            ArrivalSchedule schedule = ArrivalSchedule.uniform(profile, s, streams);
            for (long t = schedule.next(); t != Long.MAX_VALUE; t = schedule.next()) {
                all.add(t);
            }
        }
        all.sort(Long::compare);
        assertThat(all).hasSize(3000);
        for (int k = 0; k < all.size(); k++) {
            assertThat(all.get(k)).isEqualTo((long) (k / 1000.0 * 1e9));
        }
    }

    @Test
    void poissonStreamsAverageTheRequestedRate() {
        RateProfile profile = new ConstantRate(5000, 10);
        long count = 0;
        for (int s = 0; s < 4; s++) {
            ArrivalSchedule schedule = ArrivalSchedule.poisson(profile, s, 4, 42 + s);
            while (schedule.next() != Long.MAX_VALUE) {
                count++;
            }
        }
        assertThat((double) count).isCloseTo(50_000, within(50_000 * 0.02));
    }

    @Test
    void rampRisesLinearly() {
        RampRate ramp = new RampRate(0, 200, 2);
        assertThat(ramp.totalCount()).isEqualTo(200);
        assertThat(ramp.timeOf(50)).isCloseTo(1.0, within(1e-9));
        assertThat(ramp.timeOf(200)).isInfinite();
        RampRate down = new RampRate(300, 100, 2);
        assertThat(down.totalCount()).isEqualTo(400);
        assertThat(down.timeOf(250)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void stepsFollowEachOther() {
        StepsRate steps = new StepsRate(List.of(new StepsRate.Step(100, 1), new StepsRate.Step(0, 1),
                new StepsRate.Step(300, 1)));
        assertThat(steps.totalCount()).isEqualTo(400);
        assertThat(steps.timeOf(99)).isCloseTo(0.99, within(1e-9));
        assertThat(steps.timeOf(100)).isCloseTo(2.0, within(1e-9));
        assertThat(steps.timeOf(250)).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void warmupRunsAtTheInitialRateBeforeTheProfile() {
        WithWarmup profile = new WithWarmup(2, 50, new ConstantRate(100, 1));
        assertThat(profile.totalCount()).isEqualTo(200);
        assertThat(profile.timeOf(99)).isCloseTo(1.98, within(1e-9));
        assertThat(profile.timeOf(150)).isCloseTo(2.5, within(1e-9));
    }
}
