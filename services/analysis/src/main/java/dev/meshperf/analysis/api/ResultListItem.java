package dev.meshperf.analysis.api;

import java.time.Instant;

/** One run in a list of results. */
public record ResultListItem(
        String testId,
        String status,
        String generator,
        String profileId,
        String profileName,
        Long profileVersion,
        Instant startAt,
        Instant endedAt,
        Long requests,
        Long errors,
        Double actualRps,
        Double p99Ms,
        Boolean sloPassed) {
}
