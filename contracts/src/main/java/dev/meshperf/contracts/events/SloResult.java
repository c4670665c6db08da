package dev.meshperf.contracts.events;

import dev.meshperf.contracts.spec.SloCheck;

/** One SLO check with the measured value; {@code actual} is null when the run produced no data for it. */
public record SloResult(SloCheck check, Double actual, boolean passed) {
}
