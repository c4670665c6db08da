package dev.meshperf.metrics.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Lists that work under either grant the chart gives the collector: one ClusterRole (no namespaces listed), or a
 * Role per listed namespace (then a cluster-wide list is forbidden and each namespace is read on its own).
 */
public final class NamespacedReads {

    /** Where meshes put their control plane; the chart's {@code meshNamespaces} gives the collector a Role there. */
    public static final List<String> MESH_NAMESPACES = List.of("istio-system", "linkerd");

    private NamespacedReads() {
    }

    /**
     * Lists cluster-wide, or, when that is forbidden (403), in each namespace of {@code scope} it may read, skipping
     * those it may not (or that do not exist). When every namespace is forbidden too, the first refusal is thrown.
     */
    public static <T> List<T> list(Supplier<List<T>> anywhere, Function<String, List<T>> in,
            Collection<String> scope) {
        try {
            return anywhere.get();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 403) {
                throw e;
            }
            List<T> found = new ArrayList<>();
            boolean anyRead = false;
            for (String namespace : scope) {
                try {
                    found.addAll(in.apply(namespace));
                    anyRead = true;
                } catch (KubernetesClientException inner) {
                    if (inner.getCode() != 403 && inner.getCode() != 404) {
                        throw inner;
                    }
                }
            }
            if (!anyRead) {
                throw e;
            }
            return found;
        }
    }

    /** A namespace's list, or nothing when the collector may not read there (no Role in it). */
    public static <T> List<T> inNamespace(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 403) {
                throw e;
            }
            return List.of();
        }
    }

    /** One object of a namespace, or null when the collector may not read there (no Role in it). */
    public static <T> T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 403) {
                throw e;
            }
            return null;
        }
    }
}
