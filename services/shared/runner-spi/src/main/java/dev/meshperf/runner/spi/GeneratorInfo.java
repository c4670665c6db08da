package dev.meshperf.runner.spi;

import java.util.Set;

import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.Protocol;

/**
 * What a generator announces at start-up.
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
