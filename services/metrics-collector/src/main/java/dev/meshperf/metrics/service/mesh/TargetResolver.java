package dev.meshperf.metrics.service.mesh;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.RunTarget;
import dev.meshperf.metrics.service.NamespacedReads;

/**
 * Resolves the hosts a run sends load to into Services of the cluster: {@code checkout} (looked up in the configured
 * namespaces), {@code checkout.shop}, {@code checkout.shop.svc[.cluster.local]}, or a Service's cluster IP. Other
 * hosts (an ingress or external name) stay hosts alone.
 */
public final class TargetResolver {

    private TargetResolver() {
    }

    /** A target's host resolved to its Service, before its pods are known. */
    public record Resolved(String host, Integer port, Service service) {

        public String namespace() {
            return service == null ? null : service.getMetadata().getNamespace();
        }
    }

    /** The host (and port) of each endpoint URL, once each. */
    public static List<String> hosts(List<String> urls) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String url : urls) {
            try {
                URI uri = URI.create(url);
                if (uri.getHost() != null) {
                    hosts.add(uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
                }
            } catch (IllegalArgumentException e) {
                // an endpoint that is not a URL has no host to resolve; the run's own validation names it
            }
        }
        return List.copyOf(hosts);
    }

    public static List<Resolved> resolve(KubernetesClient client, List<String> hosts, List<String> namespaces) {
        List<Resolved> resolved = new ArrayList<>();
        for (String hostPort : hosts) {
            int colon = hostPort.lastIndexOf(':');
            boolean hasPort = colon > 0 && !hostPort.endsWith("]") && hostPort.indexOf(':') == colon;
            String host = hasPort ? hostPort.substring(0, colon) : hostPort;
            Integer port = hasPort ? Integer.valueOf(hostPort.substring(colon + 1)) : null;
            resolved.add(new Resolved(host, port, service(client, host, namespaces)));
        }
        return resolved;
    }

    private static Service service(KubernetesClient client, String host, List<String> namespaces) {
        if (host.matches("[0-9.]+") || host.startsWith("[")) {
            for (String ns : namespaces) {
                for (Service s : NamespacedReads.inNamespace(() -> client.services().inNamespace(ns).list()
                        .getItems())) {
                    if (s.getSpec() != null && host.equals(s.getSpec().getClusterIP())) {
                        return s;
                    }
                }
            }
            return null;
        }
        String[] labels = host.split("\\.");
        if (labels.length == 1) {
            for (String ns : namespaces) {
                Service s = NamespacedReads.orNull(() -> client.services().inNamespace(ns).withName(host).get());
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (labels.length == 2 || "svc".equals(labels[2])) {
            // a namespace the collector may not read (no Role there, under the chart's listed namespaces) is no error
            return NamespacedReads.orNull(() -> client.services().inNamespace(labels[1]).withName(labels[0]).get());
        }
        return null;
    }

    /** The target with the pods its Service selects and the Deployments they belong to. */
    public static RunTarget target(Resolved r, List<KubernetesSnapshot.Pod> pods,
            List<KubernetesSnapshot.Deployment> deployments) {
        if (r.service() == null) {
            return new RunTarget(r.host(), r.port(), null, null, null, List.of(), List.of());
        }
        String ns = r.namespace();
        Map<String, String> selector = r.service().getSpec() == null || r.service().getSpec().getSelector() == null
                ? Map.of()
                : r.service().getSpec().getSelector();
        List<KubernetesSnapshot.Pod> selected = selector.isEmpty()
                ? List.of()
                : pods.stream().filter(p -> ns.equals(p.namespace()) && Labels.contain(p.labels(), selector))
                        .toList();
        List<String> owners = deployments.stream().filter(d -> ns.equals(d.namespace()) && d.selector() != null
                && !d.selector().isEmpty() && selected.stream().anyMatch(p -> Labels.contain(p.labels(),
                        d.selector())))
                .map(d -> d.namespace() + "/" + d.name()).toList();
        return new RunTarget(r.host(), r.port(), ns, r.service().getMetadata().getName(), selector,
                selected.stream().map(p -> p.namespace() + "/" + p.name()).toList(), owners);
    }
}
