package dev.meshperf.contracts.api;

import java.util.Set;

import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.Protocol;

/**
 * A load generator of this installation as {@code GET /api/generators} lists it: what its runner announced, or why
 * it is unavailable (a missing binary, an unreachable runner service).
 *
 * @param defaultGenerator
 * the one a profile that names none runs with
 */
public record GeneratorStatus(
        String name,
        boolean available,
        String version,
        String unavailableReason,
        Set<Protocol> protocols,
        Set<LoadModelType> loadModels,
        boolean defaultGenerator) {
}
