package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;

/** What a rule means before it is saved, or what a saved schedule does next: its sentence, cron form and fires. */
public record SchedulePreview(String description, String cronEquivalent, String timeZone, List<Instant> nextFires) {
}
