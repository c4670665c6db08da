package dev.meshperf.contracts.spec;

import java.time.Duration;

/** One step of the {@code steps} load model: {@code rate} requests per second in total for {@code duration}. */
public record RateStep(double rate, Duration duration) {
}
