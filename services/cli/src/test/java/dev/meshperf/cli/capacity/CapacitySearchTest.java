package dev.meshperf.cli.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The search's arithmetic, against a target modelled as "passes up to a known rate". */
class CapacitySearchTest {

    private static StepJudge.Verdict upTo(long capacity, long rate) {
        return new StepJudge.Verdict(rate <= capacity, rate <= capacity ? null : "too fast", "t-" + rate, rate, 1.0);
    }

    @Test
    void doublesUntilAFailureThenBisectsToThePrecision() {
        List<Long> tried = new ArrayList<>();
        CapacitySearch.Outcome o = CapacitySearch.search(new CapacitySearch.Bounds(100, 100_000, 0.05, 20), rate -> {
            tried.add(rate);
            return upTo(3_700, rate);
        });

        assertThat(tried).startsWith(100L, 200L, 400L, 800L, 1_600L, 3_200L, 6_400L);
        assertThat(o.highestPassing()).isBetween(3_700 - 185L, 3_700L);
        assertThat(o.lowestFailing()).isGreaterThan(3_700L);
        assertThat(o.lowestFailing() - o.highestPassing()).isLessThanOrEqualTo(Math.round(o.highestPassing() * 0.05));
        assertThat(o.stepsExhausted()).isFalse();
        assertThat(tried).as("7 doublings, then the gap of 3,200 halved 5 times").doesNotHaveDuplicates()
                .hasSize(o.steps().size()).hasSize(12);
    }

    @Test
    void aFailingStartEndsAtOnceWithNoAnswer() {
        CapacitySearch.Outcome o = CapacitySearch.search(new CapacitySearch.Bounds(100, 1_000, 0.05, 20),
                rate -> upTo(50, rate));

        assertThat(o.steps()).hasSize(1);
        assertThat(o.highestPassing()).isNull();
        assertThat(o.lowestFailing()).isEqualTo(100);
    }

    @Test
    void theLimitIsTriedExactlyAndNotPassed() {
        List<Long> tried = new ArrayList<>();
        CapacitySearch.Outcome o = CapacitySearch.search(new CapacitySearch.Bounds(100, 500, 0.05, 20), rate -> {
            tried.add(rate);
            return upTo(10_000, rate);
        });

        assertThat(tried).containsExactly(100L, 200L, 400L, 500L);
        assertThat(o.highestPassing()).isEqualTo(500);
        assertThat(o.lowestFailing()).isNull();
    }

    @Test
    void maxStepsStopsTheSearchAndSaysSo() {
        CapacitySearch.Outcome o = CapacitySearch.search(new CapacitySearch.Bounds(1, 1_000_000, 0.001, 5),
                rate -> upTo(777_777, rate));

        assertThat(o.steps()).hasSize(5);
        assertThat(o.stepsExhausted()).isTrue();
        assertThat(o.highestPassing()).isEqualTo(16);
    }

    @Test
    void atLowRatesTheGapClosesToOneRequestPerSecond() {
        CapacitySearch.Outcome o = CapacitySearch.search(new CapacitySearch.Bounds(1, 1_000, 0.001, 40),
                rate -> upTo(13, rate));

        assertThat(o.highestPassing()).isEqualTo(13);
        assertThat(o.lowestFailing()).isEqualTo(14);
    }

    @Test
    void badBoundsNameTheirOption() {
        assertThatThrownBy(() -> new CapacitySearch.Bounds(0, 10, 0.05, 5)).hasMessageStartingWith("--start");
        assertThatThrownBy(() -> new CapacitySearch.Bounds(10, 5, 0.05, 5)).hasMessageStartingWith("--limit");
        assertThatThrownBy(() -> new CapacitySearch.Bounds(10, 50, 1.5, 5)).hasMessageStartingWith("--precision");
        assertThatThrownBy(() -> new CapacitySearch.Bounds(10, 50, 0.05, 0)).hasMessageStartingWith("--max-steps");
    }
}
