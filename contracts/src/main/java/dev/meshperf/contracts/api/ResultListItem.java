package dev.meshperf.contracts.api;

import java.time.Instant;

/**
 * One run in a list of results.
 *
 * @param name the profile's name, or the name label of a run that was not saved as a profile
 * @param baselinePassed whether the run held up against its profile's baseline run (null when it names none)
 */
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
        Boolean sloPassed,
        String name,
        Double requestedRps,
        Double p50Ms,
        Boolean baselinePassed) {
}
