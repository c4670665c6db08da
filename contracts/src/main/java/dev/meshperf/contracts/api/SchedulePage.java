package dev.meshperf.contracts.api;

import java.util.List;

/** One page of schedules, and how many there are in all. */
public record SchedulePage(List<ScheduleDocument> schedules, long totalCount) {
}
