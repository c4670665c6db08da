package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;

/** One profile in a list. */
public record ProfileSummary(
        String id,
        String name,
        String description,
        long version,
        List<String> loadGenerators,
        Instant createdAt,
        Instant updatedAt,
        Instant lastRunAt,
        String lastTestId,
        long runs) {
}
