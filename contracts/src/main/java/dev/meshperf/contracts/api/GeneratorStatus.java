package dev.meshperf.contracts.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.Protocol;

/**
 * A load generator of this installation as {@code GET /api/generators} lists it: what its runner announced, or why
 * it is unavailable (a missing binary, an unreachable runner service).
 *
 * @param protocols
 * in the order {@link Protocol} declares them, whoever reads or writes the record (a value a reader does not know,
 * read as null, is left out)
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

    public GeneratorStatus {
        protocols = ordered(protocols, Protocol.class);
        loadModels = ordered(loadModels, LoadModelType.class);
    }

    private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
        if (values == null) {
            return null;
        }
        EnumSet<E> ordered = EnumSet.noneOf(type);
        values.stream().filter(Objects::nonNull).forEach(ordered::add);
        return Collections.unmodifiableSet(ordered);
    }
}
