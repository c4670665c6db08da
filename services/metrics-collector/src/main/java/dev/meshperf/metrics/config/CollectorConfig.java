package dev.meshperf.metrics.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the metrics collector ({@code meshperf.metrics.*}). */
@ConfigMapping(prefix = "meshperf.metrics")
public interface CollectorConfig {

    /** Queried before a test's start and after its end, so that the run stands out against its surroundings. */
    @WithDefault("PT30S")
    Duration margin();

    /** Points per series at most: the step is the window divided by this, at least one second. */
    @WithDefault("240")
    int maxPoints();

    /** How long one Prometheus query may take before it is recorded as timed out. */
    @WithDefault("PT10S")
    Duration queryTimeout();

    /** The largest Prometheus answer read; a larger one is recorded as an error, not stored. */
    @WithDefault("4194304")
    int maxResponseBytes();

    /**
     * The key stored secrets are encrypted with (32 characters or more; it must never change). Without it, a
     * connection with a secret is refused.
     */
    Optional<String> encryptionKey();

    /** The profile service, asked for the queries a run's profile declares. */
    String profileUrl();

    Kubernetes kubernetes();

    /** The cluster snapshot at each test's start and end ({@code meshperf.metrics.kubernetes.*}). */
    interface Kubernetes {

        /** Off unless a cluster is configured (in-cluster, kubeconfig or quarkus.kubernetes-client.*). */
        @WithDefault("false")
        boolean enabled();

        /**
         * Namespaces whose pods and deployments are recorded (nodes and the mesh's control plane always are), and
         * where a target's short host name ({@code checkout}) is looked up; a target's own namespace is always read.
         */
        @WithDefault("default")
        List<String> namespaces();

        /** The cluster's DNS domain: a Service's cluster name is {@code NAME.NAMESPACE.svc.DOMAIN}. */
        @WithDefault("cluster.local")
        String clusterDomain();
    }
}
