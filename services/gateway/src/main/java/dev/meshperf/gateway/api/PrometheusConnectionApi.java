package dev.meshperf.gateway.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.PrometheusConnection;
import dev.meshperf.contracts.api.endpoints.PrometheusConnectionEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.PrometheusConnectionClient;

/** Prometheus connections ({@link PrometheusConnectionEndpoints}), kept by the metrics collector. */
public class PrometheusConnectionApi implements PrometheusConnectionEndpoints {

    @Inject
    @RestClient
    PrometheusConnectionClient connections;

    @Inject
    Forwarder forward;

    @Override
    public List<PrometheusConnection> listPrometheusConnections() {
        return forward.fetch(RunEnvironmentApi.SERVICE, () -> connections.listPrometheusConnections());
    }

    @Override
    public List<String> listQueryPacks() {
        return forward.fetch(RunEnvironmentApi.SERVICE, () -> connections.listQueryPacks());
    }

    @Override
    public Response createPrometheusConnection(PrometheusConnection connection) {
        return forward.write(RunEnvironmentApi.SERVICE, () -> connections.createPrometheusConnection(connection));
    }

    @Override
    public PrometheusConnection getPrometheusConnection(String id) {
        return forward.fetch(RunEnvironmentApi.SERVICE, () -> connections.getPrometheusConnection(id));
    }

    @Override
    public PrometheusConnection updatePrometheusConnection(String id, PrometheusConnection connection) {
        return forward.send(RunEnvironmentApi.SERVICE, () -> connections.updatePrometheusConnection(id,
                connection));
    }

    @Override
    public Response deletePrometheusConnection(String id) {
        return forward.write(RunEnvironmentApi.SERVICE, () -> connections.deletePrometheusConnection(id));
    }

    @Override
    public ConnectivityReport testPrometheusConnection(String id) {
        return forward.send(RunEnvironmentApi.SERVICE, () -> connections.testPrometheusConnection(id));
    }

    @Override
    public ConnectivityReport testUnsavedPrometheusConnection(PrometheusConnection connection) {
        return forward.send(RunEnvironmentApi.SERVICE, () -> connections.testUnsavedPrometheusConnection(
                connection));
    }
}
