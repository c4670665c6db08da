package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One object of mesh or Kubernetes configuration that applies to a run's targets, with only the fields that shape
 * traffic (for example {@code mtls.mode}, {@code http[0].retries.attempts}, {@code trafficPolicy.connectionPool.
 * http.http1MaxPendingRequests}), flattened to dotted paths; large values (an EnvoyFilter patch) are kept as a
 * digest, so a change shows without the content.
 *
 * @param generation
 * {@code metadata.generation}: grows with every change of the object's spec
 * @param updatedAt
 * the last time its spec was written, from {@code metadata.managedFields}; null when the API server keeps none
 * @param appliesTo
 * the hosts of the run's targets it applies to
 * @param scope
 * how it applies: {@code mesh-wide}, {@code namespace shop}, {@code selector app=checkout}, {@code host …},
 * {@code route to service shop/checkout}, …
 */
public record MeshPolicy(String kind, String apiVersion, String namespace, String name, Long generation,
        Instant updatedAt, Map<String, String> fields, List<String> appliesTo, String scope) {

    /** kind, API group and place: what identifies the object across snapshots. */
    public String key() {
        int slash = apiVersion == null ? -1 : apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        return kind + "." + group + "/" + (namespace == null ? "" : namespace) + "/" + name;
    }

    /** {@code PeerAuthentication istio-system/default}. */
    public String title() {
        return kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
}
