package dev.meshperf.metrics.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;

import dev.meshperf.contracts.api.KubernetesSnapshot;

/**
 * What a pod tells about a run: readiness, restarts (with the time of the last one), images, labels, node, and each
 * container's resources; for a mesh proxy also its worker threads (istio-proxy's {@code --concurrency},
 * linkerd-proxy's {@code LINKERD2_PROXY_CORES}).
 */
final class PodFacts {

    static final List<String> SIDECARS = List.of("istio-proxy", "linkerd-proxy");

    private PodFacts() {
    }

    static KubernetesSnapshot.Pod pod(Pod p) {
        List<ContainerStatus> statuses = p.getStatus() == null || p.getStatus().getContainerStatuses() == null
                ? List.of()
                : p.getStatus().getContainerStatuses();
        boolean ready = !statuses.isEmpty() && statuses.stream().allMatch(s -> Boolean.TRUE.equals(s.getReady()));
        int restarts = statuses.stream().mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount()).sum();
        List<Container> containers = p.getSpec() == null ? List.of() : p.getSpec().getContainers();
        String sidecar = containers.stream().map(Container::getName).filter(SIDECARS::contains).findFirst()
                .orElse(null);
        return new KubernetesSnapshot.Pod(p.getMetadata().getNamespace(), p.getMetadata().getName(), ready, restarts,
                containers.stream().map(Container::getImage).toList(), sidecar, p.getMetadata().getLabels() == null
                        ? Map.of()
                        : p.getMetadata().getLabels(),
                p.getSpec() == null ? null : p.getSpec().getNodeName(), instant(p.getMetadata()
                        .getCreationTimestamp()),
                containers.stream().map(c -> container(c, statuses.stream().filter(s -> c.getName().equals(s
                        .getName())).findFirst().orElse(null))).toList());
    }

    private static KubernetesSnapshot.Container container(Container c, ContainerStatus status) {
        Map<String, Quantity> requests = c.getResources() == null || c.getResources().getRequests() == null
                ? Map.of()
                : c.getResources().getRequests();
        Map<String, Quantity> limits = c.getResources() == null || c.getResources().getLimits() == null
                ? Map.of()
                : c.getResources().getLimits();
        int restarts = status == null || status.getRestartCount() == null ? 0 : status.getRestartCount();
        Instant lastRestart = status == null || status.getLastState() == null
                || status.getLastState().getTerminated() == null
                        ? null
                        : instant(status.getLastState().getTerminated().getFinishedAt());
        return new KubernetesSnapshot.Container(c.getName(), c.getImage(), text(requests.get("cpu")),
                text(limits.get("cpu")), text(requests.get("memory")), text(limits.get("memory")), restarts,
                lastRestart, SIDECARS.contains(c.getName()) ? concurrency(c) : null);
    }

    /** A proxy's worker threads when set: {@code --concurrency N} / {@code --concurrency=N}, or the Linkerd env. */
    static Integer concurrency(Container c) {
        List<String> args = c.getArgs() == null ? List.of() : c.getArgs();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = a.startsWith("--concurrency=")
                    ? a.substring("--concurrency=".length())
                    : a.equals("--concurrency") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null) {
                return number(value);
            }
        }
        if (c.getEnv() != null) {
            for (EnvVar e : c.getEnv()) {
                if ("LINKERD2_PROXY_CORES".equals(e.getName())) {
                    return number(e.getValue());
                }
            }
        }
        return null;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The tag of the pod's first image (istiod's pilot:1.24.2 is Istio 1.24.2). */
    static String tag(Pod p) {
        String image = p.getSpec().getContainers().get(0).getImage();
        int colon = image.lastIndexOf(':');
        return colon < 0 || image.lastIndexOf('/') > colon ? null : image.substring(colon + 1);
    }

    /** An RFC 3339 time as Kubernetes writes it, or null. */
    static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Quantity q) {
        return q == null ? null : q.toString();
    }
}
