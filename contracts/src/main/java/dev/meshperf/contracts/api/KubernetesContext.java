package dev.meshperf.contracts.api;

import java.util.List;

/**
 * The cluster around a test: a snapshot at its start and at its end, and what changed between them (restarts,
 * scaling, pods that came or went).
 *
 * @param error
 * why a snapshot could not be taken (the cluster did not answer, access was refused); the run is not affected
 */
public record KubernetesContext(KubernetesSnapshot start, KubernetesSnapshot end, List<String> changes,
        String error) {
}
