package dev.meshperf.metrics.service.diff;

import java.util.List;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.TimelineEvent;
import dev.meshperf.metrics.domain.RunSettings;

/**
 * One run as a comparison sees it.
 *
 * @param settings
 * what its request said; null when the collector did not see it
 * @param config
 * the cluster as the run found it: the start snapshot, or the end one when the start is missing; null without a
 * Kubernetes context
 * @param end
 * the end snapshot (for what happened during the window)
 * @param kubernetesError
 * why the cluster could not be read, when it could not
 * @param nodeCpuPeak
 * the highest node CPU % Prometheus saw in the window ({@code nodes} pack); null without it
 */
public record RunFacts(String testId, RunSettings settings, KubernetesSnapshot config, KubernetesSnapshot end,
        String kubernetesError, List<TimelineEvent> timeline, Double nodeCpuPeak) {
}
