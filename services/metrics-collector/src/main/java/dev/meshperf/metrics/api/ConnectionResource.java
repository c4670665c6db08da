package dev.meshperf.metrics.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.PrometheusConnection;
import dev.meshperf.contracts.api.endpoints.PrometheusConnectionEndpoints;
import dev.meshperf.metrics.service.ConnectionService;
import dev.meshperf.metrics.service.QueryPacks;

/**
 * Prometheus connections: create, list, read, replace, delete, and connectivity tests. Secrets never come back.
 * Paths and parameters are declared in {@link PrometheusConnectionEndpoints}.
 */
public class ConnectionResource implements PrometheusConnectionEndpoints {

    @Inject
    ConnectionService connections;

    @Override
    public List<PrometheusConnection> listPrometheusConnections() {
        return connections.list();
    }

    @Override
    public List<String> listQueryPacks() {
        return QueryPacks.names();
    }

    @Override
    public Response createPrometheusConnection(PrometheusConnection input) {
        PrometheusConnection created = connections.create(input);
        return Response.created(URI.create("/api/prometheus-connections/" + created.id())).entity(created).build();
    }

    @Override
    public PrometheusConnection getPrometheusConnection(String id) {
        return connections.get(id);
    }

    @Override
    public PrometheusConnection updatePrometheusConnection(String id, PrometheusConnection input) {
        return connections.update(id, input);
    }

    @Override
    public Response deletePrometheusConnection(String id) {
        connections.delete(id);
        return Response.noContent().build();
    }

    @Override
    public ConnectivityReport testPrometheusConnection(String id) {
        return connections.test(id);
    }

    @Override
    public ConnectivityReport testUnsavedPrometheusConnection(PrometheusConnection input) {
        return connections.testUnsaved(input);
    }
}
