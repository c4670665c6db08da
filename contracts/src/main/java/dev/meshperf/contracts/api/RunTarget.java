package dev.meshperf.contracts.api;

import java.util.List;
import java.util.Map;

/**
 * One host a run sends load to, as the cluster resolves it: {@code checkout}, {@code checkout.shop},
 * {@code checkout.shop.svc.cluster.local} and a Service's cluster IP resolve to that Service; other hosts (an ingress
 * name, an external host) stay a host alone, which host-matched policies (VirtualService hosts, HTTPRoute hostnames)
 * still match.
 *
 * @param selector
 * the Service's pod selector
 * @param pods
 * the pods it selects, {@code namespace/name}
 * @param deployments
 * the Deployments those pods belong to, {@code namespace/name}
 */
public record RunTarget(String host, Integer port, String namespace, String service, Map<String, String> selector,
        List<String> pods, List<String> deployments) {

    /** The Service's cluster name ({@code NAME.NAMESPACE.svc.DOMAIN}); null for a host outside the cluster. */
    public String fqdn(String clusterDomain) {
        return service == null ? null : service + "." + namespace + ".svc." + clusterDomain;
    }
}
