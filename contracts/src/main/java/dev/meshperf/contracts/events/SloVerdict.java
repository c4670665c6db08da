package dev.meshperf.contracts.events;

import java.util.List;

/** All SLO checks of a run; it passes when every check passes (and trivially when there are none). */
public record SloVerdict(boolean passed, List<SloResult> checks) {
}
