package dev.meshperf.metrics.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.fabric8.kubernetes.client.KubernetesClient;

import dev.meshperf.contracts.api.KubernetesContext;
import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.TimelineEvent;
import dev.meshperf.metrics.config.CollectorConfig;
import dev.meshperf.metrics.domain.RunWindow;

/**
 * The Kubernetes side of a run's context: a snapshot when the test starts and when it ends, stored as JSON on its
 * window. Off (and the client never created) unless {@code meshperf.metrics.kubernetes.enabled}; a cluster that
 * does not answer is recorded as the context's error.
 */
@ApplicationScoped
public class ClusterContext {

    private static final Logger LOG = Logger.getLogger(ClusterContext.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    CollectorConfig config;

    @Inject
    Instance<KubernetesClient> client;

    public boolean enabled() {
        return config.kubernetes().enabled();
    }

    /** The cluster as read at one moment, as stored JSON, or why it could not be read. */
    public record Snapshot(String json, String error) {

        /** Stores it as the window's start or end snapshot. */
        public void storeIn(RunWindow window, boolean start) {
            if (error != null) {
                window.kubernetesError = error;
            } else if (start) {
                window.kubernetesStart = json;
            } else {
                window.kubernetesEnd = json;
            }
        }
    }

    /**
     * Reads the cluster now, for the test's start or end; null when the Kubernetes context is off. Call it outside a
     * transaction: a slow cluster must not hold a database connection.
     *
     * @param hosts
     * the run's target hosts, whose policies are read
     * @param eventsSince
     * the test's start, for the scaling events at its end; null at its start
     */
    public Snapshot take(String testId, boolean start, List<String> hosts, Instant eventsSince) {
        if (!enabled()) {
            return null;
        }
        try {
            return new Snapshot(JSON.writeValueAsString(KubernetesSnapshots.take(client.get(),
                    config.kubernetes().namespaces(), hosts, eventsSince, config.kubernetes().clusterDomain())),
                    null);
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("no Kubernetes snapshot for test %s: %s", testId, e.getMessage());
            return new Snapshot(null, "the cluster could not be read at the test's " + (start ? "start" : "end")
                    + ": " + e.getMessage());
        }
    }

    /** What is stored for the window; null when the Kubernetes context is off and nothing was stored. */
    public KubernetesContext context(RunWindow window) {
        if (window == null || (window.kubernetesStart == null && window.kubernetesEnd == null
                && window.kubernetesError == null)) {
            return null;
        }
        KubernetesSnapshot start = read(window.kubernetesStart);
        KubernetesSnapshot end = read(window.kubernetesEnd);
        return new KubernetesContext(start, end, start == null || end == null
                ? List.of()
                : KubernetesSnapshots.changes(start, end), window.kubernetesError);
    }

    /** What happened inside the window, from its snapshots; empty without both. */
    public List<TimelineEvent> timeline(RunWindow window) {
        if (window == null || window.kubernetesStart == null || window.kubernetesEnd == null) {
            return List.of();
        }
        return Timeline.of(read(window.kubernetesStart), read(window.kubernetesEnd), window.startAt,
                window.endedAt);
    }

    /** The snapshot stored at the window's start or end; null when none was. */
    public KubernetesSnapshot snapshot(RunWindow window, boolean start) {
        return window == null ? null : read(start ? window.kubernetesStart : window.kubernetesEnd);
    }

    static KubernetesSnapshot read(String json) {
        try {
            return json == null ? null : JSON.readValue(json, KubernetesSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored Kubernetes snapshot is unreadable", e);
        }
    }
}
