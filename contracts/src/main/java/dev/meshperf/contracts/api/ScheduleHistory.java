package dev.meshperf.contracts.api;

import java.util.List;

/** One page of a schedule's history, newest occurrence first, and how many occurrences there are in all. */
public record ScheduleHistory(String scheduleId, List<ScheduleFire> fires, long totalCount) {
}
