package dev.meshperf.contracts.api;

import java.util.Set;

import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.Protocol;

/**
 * What a runner says of its load generator at {@code GET /api/generator} (and logs at start-up); the profile service
 * lists it, with the generator's availability, as a {@link GeneratorStatus}.
 *
 * @param unavailableReason
 * why it cannot run (a missing binary, an unreachable service); null when available
 */
public record GeneratorInfo(
        String name,
        String version,
        boolean available,
        String unavailableReason,
        Set<Protocol> protocols,
        Set<LoadModelType> loadModels) {
}
