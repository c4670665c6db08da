package dev.meshperf.metrics.service.mesh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;

import dev.meshperf.contracts.api.PolicyRead;
import dev.meshperf.metrics.service.NamespacedReads;

/**
 * Lists every {@link PolicyKinds policy kind} in all namespaces. Which version to read is found by API discovery
 * ({@code /apis/GROUP/VERSION}): a kind the cluster does not serve is skipped and recorded as not installed, never an
 * error; a list the collector's account may not make (403) is recorded as forbidden; any other failure as failed.
 */
public final class PolicyReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyReader() {
    }

    /** An object as read, with its kind. */
    public record Found(PolicyKind kind, String version, JsonNode object) {

        public String namespace() {
            return object.path("metadata").path("namespace").asText(null);
        }

        public String name() {
            return object.path("metadata").path("name").asText();
        }
    }

    /** Everything read, and how each kind was read (the counts of applying objects are filled in later). */
    public record Result(List<Found> found, List<PolicyRead> reads) {
    }

    /**
     * @param scope
     * the namespaces read one by one when a cluster-wide list is forbidden (the chart's namespaced Roles)
     */
    public static Result read(KubernetesClient client, java.util.Collection<String> scope) {
        Map<String, Optional<APIResourceList>> discovered = new HashMap<>();
        List<Found> found = new ArrayList<>();
        List<PolicyRead> reads = new ArrayList<>();
        for (PolicyKind kind : PolicyKinds.ALL) {
            String version = null;
            try {
                version = served(client, kind, discovered);
                if (version == null) {
                    reads.add(new PolicyRead(kind.kind(), kind.group(), null, PolicyRead.NOT_INSTALLED, 0, 0,
                            "not served by this cluster (tried " + String.join(", ", kind.versions()) + ")"));
                    continue;
                }
                var resources = client.genericKubernetesResources(context(kind, version));
                List<GenericKubernetesResource> items = NamespacedReads.list(() -> resources.inAnyNamespace().list()
                        .getItems(), ns -> resources.inNamespace(ns).list().getItems(), scope);
                for (GenericKubernetesResource item : items) {
                    found.add(new Found(kind, version, JSON.readTree(Serialization.asJson(item))));
                }
                reads.add(new PolicyRead(kind.kind(), kind.group(), version, PolicyRead.READ, items.size(), 0, null));
            } catch (KubernetesClientException e) {
                reads.add(failed(kind, version, e));
            } catch (IOException e) {
                reads.add(new PolicyRead(kind.kind(), kind.group(), version, PolicyRead.FAILED, 0, 0,
                        "an object could not be read: " + e.getMessage()));
            }
        }
        return new Result(found, reads);
    }

    /** The first version of the kind the cluster serves, or null; built-in kinds are served everywhere. */
    private static String served(KubernetesClient client, PolicyKind kind,
            Map<String, Optional<APIResourceList>> discovered) {
        if (kind.builtIn()) {
            return kind.versions().get(0);
        }
        for (String version : kind.versions()) {
            String groupVersion = kind.group() + "/" + version;
            Optional<APIResourceList> resources = discovered.computeIfAbsent(groupVersion,
                    gv -> Optional.ofNullable(client.getApiResources(gv)));
            if (resources.isPresent() && resources.get().getResources() != null && resources.get().getResources()
                    .stream().anyMatch(r -> kind.plural().equals(r.getName()))) {
                return version;
            }
        }
        return null;
    }

    private static ResourceDefinitionContext context(PolicyKind kind, String version) {
        return new ResourceDefinitionContext.Builder().withGroup(kind.group()).withVersion(version)
                .withPlural(kind.plural()).withKind(kind.kind()).withNamespaced(true).build();
    }

    private static PolicyRead failed(PolicyKind kind, String version, KubernetesClientException e) {
        String resource = kind.plural() + "." + kind.group();
        return switch (e.getCode()) {
            case 403 -> new PolicyRead(kind.kind(), kind.group(), version, PolicyRead.FORBIDDEN, 0, 0,
                    "the collector's service account may not list " + resource + " (403); the chart's ClusterRole "
                            + "grants it");
            case 404 -> new PolicyRead(kind.kind(), kind.group(), version, PolicyRead.NOT_INSTALLED, 0, 0,
                    resource + " is not served by this cluster (404)");
            default -> new PolicyRead(kind.kind(), kind.group(), version, PolicyRead.FAILED, 0, 0,
                    resource + " could not be listed: " + (e.getCode() > 0 ? "HTTP " + e.getCode() + ": " : "")
                            + e.getMessage());
        };
    }
}
