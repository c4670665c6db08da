package dev.meshperf.metrics.service.mesh;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.MeshPolicy;
import dev.meshperf.contracts.api.PolicyRead;
import dev.meshperf.contracts.api.RunTarget;

/**
 * Which objects apply to which of a run's targets, by the rules of their mesh: Istio's workload selectors (the root
 * namespace without a selector is mesh-wide, a namespace without one namespace-wide) and hosts (short names are of
 * the object's namespace, {@code *.suffix} a wildcard); Linkerd's Servers by pod selector, authorizations through the
 * Servers and routes they name, ServiceProfiles by the Service's cluster name; routes by hostname, Service parent or
 * Service backend; autoscalers by the Deployment they scale. Only applying objects are kept.
 */
public final class PolicyMatcher {

    private final List<Target> targets;
    private final String rootNamespace;
    private final String clusterDomain;
    /** Targets each Server and route applies to, for the authorizations that name them. */
    private final Map<String, Set<String>> attached = new LinkedHashMap<>();
    /** The labels of each Server, for authorizations that select Servers. */
    private final Map<String, Map<String, String>> serverLabels = new LinkedHashMap<>();

    /** A target with the labels of its pods. */
    private record Target(RunTarget target, String fqdn, List<Map<String, String>> podLabels) {

        boolean workload() {
            return target.namespace() != null;
        }

        boolean named(String name) {
            return name.equals(target.host()) || name.equals(fqdn);
        }
    }

    /** An applying object: the hosts of the targets it applies to and how. */
    private record Applies(Set<String> hosts, String scope) {
    }

    public PolicyMatcher(List<RunTarget> targets, List<KubernetesSnapshot.Pod> pods, String rootNamespace,
            String clusterDomain) {
        this.rootNamespace = rootNamespace;
        this.clusterDomain = clusterDomain;
        this.targets = targets.stream().map(t -> new Target(t, t.fqdn(clusterDomain), pods.stream()
                .filter(p -> t.pods().contains(p.namespace() + "/" + p.name())).map(KubernetesSnapshot.Pod::labels)
                .toList())).toList();
    }

    /**
     * The objects that apply to a target, as stored; the reads get the count of applying objects per kind. Servers
     * and routes are matched first, so that authorizations naming them can be.
     */
    public List<MeshPolicy> match(PolicyReader.Result result, List<PolicyRead> reads) {
        List<PolicyReader.Found> ordered = result.found().stream().sorted(Comparator.comparing(f -> !attachable(f)))
                .toList();
        Map<PolicyKind, Integer> applying = new LinkedHashMap<>();
        List<MeshPolicy> policies = new ArrayList<>();
        for (PolicyReader.Found f : ordered) {
            Applies a = applies(f);
            if (attachable(f)) {
                String key = f.kind().kind() + "/" + f.namespace() + "/" + f.name();
                attached.put(key, a.hosts());
                serverLabels.put(key, Labels.map(f.object().path("metadata").path("labels")));
            }
            if (!a.hosts().isEmpty()) {
                policies.add(policy(f.kind().kind(), f.kind().group() + "/" + f.version(), f.object(),
                        f.kind().fields().select(f.object()), a));
                applying.merge(f.kind(), 1, Integer::sum);
            }
        }
        reads.addAll(result.reads().stream().map(r -> {
            PolicyKind kind = PolicyKinds.ALL.stream().filter(k -> k.kind().equals(r.kind()) && k.group().equals(r
                    .group())).findFirst().orElseThrow();
            return new PolicyRead(r.kind(), r.group(), r.version(), r.status(), r.found(), applying.getOrDefault(kind,
                    0), r.message());
        }).toList());
        return policies;
    }

    /** A Server or a route: authorizations may name it. */
    private static boolean attachable(PolicyReader.Found f) {
        return f.kind().match() == PolicyKind.Match.SERVER || f.kind().match() == PolicyKind.Match.ROUTE;
    }

    /** A target's own Service, when it carries Linkerd's retry or timeout annotations. */
    public static MeshPolicy service(RunTarget target, JsonNode service) {
        Map<String, String> fields = PolicyKinds.SERVICE_FIELDS.select(service);
        return fields.isEmpty()
                ? null
                : policy("Service", "v1", service, fields, new Applies(Set.of(target.host()), "the target's Service"));
    }

    private static MeshPolicy policy(String kind, String apiVersion, JsonNode object, Map<String, String> fields,
            Applies a) {
        JsonNode meta = object.path("metadata");
        return new MeshPolicy(kind, apiVersion, meta.path("namespace").asText(null), meta.path("name").asText(),
                meta.path("generation").isNumber() ? meta.path("generation").asLong() : null, specWrittenAt(meta),
                fields, List.copyOf(a.hosts()), a.scope());
    }

    /** The latest write of the spec recorded in managedFields (status writes left out). */
    private static Instant specWrittenAt(JsonNode meta) {
        Instant latest = null;
        for (JsonNode m : meta.path("managedFields")) {
            if (!m.path("subresource").asText("").isEmpty() || !m.hasNonNull("time")) {
                continue;
            }
            try {
                Instant t = Instant.parse(m.path("time").asText());
                latest = latest == null || t.isAfter(latest) ? t : latest;
            } catch (DateTimeParseException e) {
                // a time the API server did not write in RFC 3339 is left out
            }
        }
        return latest;
    }

    private Applies applies(PolicyReader.Found f) {
        JsonNode spec = f.object().path("spec");
        String ns = f.namespace();
        return switch (f.kind().match()) {
            case WORKLOAD -> workload(spec, ns);
            case HOSTS -> hosts(spec, ns);
            case SERVER -> select(t -> t.workload() && t.target().namespace().equals(ns) && t.podLabels().stream()
                    .anyMatch(l -> Labels.selects(spec.path("podSelector"), l)), "pods "
                            + Labels.text(spec.path("podSelector")));
            case SERVER_AUTHORIZATION -> serverAuthorization(spec, ns);
            case AUTHORIZATION_TARGET -> authorizationTarget(spec.path("targetRef"), ns);
            case SERVICE_PROFILE -> select(t -> t.named(f.name()), "service profile " + f.name());
            case ROUTE -> route(spec, ns);
            case AUTOSCALER -> select(t -> t.target().deployments().contains(ns + "/" + spec.path("scaleTargetRef")
                    .path("name").asText()), "scales " + spec.path("scaleTargetRef").path("kind").asText() + " " + ns
                            + "/" + spec.path("scaleTargetRef").path("name").asText());
        };
    }

    private Applies select(Predicate<Target> applies, String scope) {
        Set<String> hosts = new LinkedHashSet<>();
        targets.stream().filter(applies).forEach(t -> hosts.add(t.target().host()));
        return new Applies(hosts, scope);
    }

    private Applies workload(JsonNode spec, String ns) {
        List<String> refs = new ArrayList<>();
        JsonNode single = spec.path("targetRef");
        if (single.isObject()) {
            refs.add(single.path("kind").asText() + "/" + single.path("name").asText());
        }
        spec.path("targetRefs").forEach(r -> refs.add(r.path("kind").asText() + "/" + r.path("name").asText()));
        if (!refs.isEmpty()) {
            return select(t -> t.workload() && t.target().namespace().equals(ns) && refs.contains("Service/" + t
                    .target().service()), "target refs " + String.join(", ", refs));
        }
        Map<String, String> wanted = Labels.map(spec.has("workloadSelector")
                ? spec.path("workloadSelector").path("labels")
                : spec.path("selector").path("matchLabels"));
        boolean root = ns.equals(rootNamespace);
        if (!wanted.isEmpty()) {
            return select(t -> t.workload() && (root || t.target().namespace().equals(ns)) && t.podLabels().stream()
                    .anyMatch(l -> Labels.contain(l, wanted)), "selector " + Labels.join(wanted));
        }
        return root
                ? select(Target::workload, "mesh-wide")
                : select(t -> t.workload() && t.target().namespace().equals(ns), "namespace " + ns);
    }

    private Applies hosts(JsonNode spec, String ns) {
        List<String> names = new ArrayList<>();
        if (spec.has("host")) {
            names.add(spec.path("host").asText());
        }
        spec.path("hosts").forEach(h -> names.add(h.asText()));
        List<String> full = names.stream().map(h -> h.contains(".") || h.equals("*")
                ? h
                : h + "." + ns + ".svc." + clusterDomain).toList();
        return select(t -> full.stream().anyMatch(h -> hostMatches(h, t)), "host " + String.join(", ", names));
    }

    private static boolean hostMatches(String pattern, Target t) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith("*.")) {
            String suffix = pattern.substring(1);
            return t.target().host().endsWith(suffix) || (t.fqdn() != null && t.fqdn().endsWith(suffix));
        }
        return t.named(pattern);
    }

    private Applies serverAuthorization(JsonNode spec, String ns) {
        JsonNode server = spec.path("server");
        if (server.has("name")) {
            return through("Server/" + ns + "/" + server.path("name").asText(), "server " + server.path("name")
                    .asText());
        }
        Set<String> hosts = new LinkedHashSet<>();
        serverLabels.forEach((key, labels) -> {
            if (key.startsWith("Server/" + ns + "/") && Labels.selects(server.path("selector"), labels)) {
                hosts.addAll(attached.getOrDefault(key, Set.of()));
            }
        });
        return new Applies(hosts, "servers " + Labels.text(server.path("selector")));
    }

    private Applies authorizationTarget(JsonNode ref, String ns) {
        String kind = ref.path("kind").asText();
        String name = ref.path("name").asText();
        return switch (kind) {
            case "Namespace" -> select(t -> t.workload() && t.target().namespace().equals(ns), "namespace " + ns);
            case "Server", "HTTPRoute", "GRPCRoute" -> through(kind + "/" + ns + "/" + name, kind + " " + name);
            default -> new Applies(Set.of(), kind + " " + name);
        };
    }

    private Applies through(String key, String scope) {
        return new Applies(attached.getOrDefault(key, Set.of()), scope);
    }

    private Applies route(JsonNode spec, String ns) {
        Set<String> hosts = new LinkedHashSet<>();
        List<String> how = new ArrayList<>();
        List<String> hostnames = new ArrayList<>();
        spec.path("hostnames").forEach(h -> hostnames.add(h.asText()));
        for (Target t : targets) {
            if (hostnames.stream().anyMatch(h -> hostMatches(h, t))) {
                hosts.add(t.target().host());
                how.add("hostname");
            }
            for (JsonNode parent : spec.path("parentRefs")) {
                String kind = parent.path("kind").asText("Gateway");
                String parentNs = parent.path("namespace").asText(ns);
                if (kind.equals("Service") && t.workload() && parentNs.equals(t.target().namespace()) && parent.path(
                        "name").asText().equals(t.target().service())) {
                    hosts.add(t.target().host());
                    how.add("parent service");
                } else if (kind.equals("Server") && attached.getOrDefault("Server/" + ns + "/" + parent.path("name")
                        .asText(), Set.of()).contains(t.target().host())) {
                    hosts.add(t.target().host());
                    how.add("parent server");
                }
            }
            for (JsonNode rule : spec.path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    if (backend.path("kind").asText("Service").equals("Service") && t.workload() && backend.path(
                            "namespace").asText(ns).equals(t.target().namespace()) && backend.path("name").asText()
                                    .equals(t.target().service())) {
                        hosts.add(t.target().host());
                        how.add("backend");
                    }
                }
            }
        }
        return new Applies(hosts, "route by " + String.join(", ", new LinkedHashSet<>(how)));
    }
}
