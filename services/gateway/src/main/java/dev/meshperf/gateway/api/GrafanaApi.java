package dev.meshperf.gateway.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.GrafanaBoard;
import dev.meshperf.contracts.api.GrafanaConnection;
import dev.meshperf.contracts.api.endpoints.GrafanaEndpoints;
import dev.meshperf.gateway.client.CollectorGrafanaClient;
import dev.meshperf.gateway.client.Forwarder;

/**
 * Grafana connections and boards ({@link GrafanaEndpoints}), kept by the metrics collector, which evaluates each
 * chosen panel over every run's window.
 */
public class GrafanaApi implements GrafanaEndpoints {

    private static final String SERVICE = RunEnvironmentApi.SERVICE;

    @Inject
    @RestClient
    CollectorGrafanaClient grafana;

    @Inject
    Forwarder forward;

    @Override
    public List<GrafanaConnection> listGrafanaConnections() {
        return forward.fetch(SERVICE, () -> grafana.listGrafanaConnections());
    }

    @Override
    public Response createGrafanaConnection(GrafanaConnection connection) {
        return forward.write(SERVICE, () -> grafana.createGrafanaConnection(connection));
    }

    @Override
    public GrafanaConnection getGrafanaConnection(String id) {
        return forward.fetch(SERVICE, () -> grafana.getGrafanaConnection(id));
    }

    @Override
    public GrafanaConnection updateGrafanaConnection(String id, GrafanaConnection connection) {
        return forward.send(SERVICE, () -> grafana.updateGrafanaConnection(id, connection));
    }

    @Override
    public Response deleteGrafanaConnection(String id) {
        return forward.write(SERVICE, () -> grafana.deleteGrafanaConnection(id));
    }

    @Override
    public ConnectivityReport testGrafanaConnection(String id) {
        return forward.send(SERVICE, () -> grafana.testGrafanaConnection(id));
    }

    @Override
    public JsonNode searchGrafanaDashboards(String id, String query) {
        return forward.fetch(SERVICE, () -> grafana.searchGrafanaDashboards(id, query));
    }

    @Override
    public List<GrafanaBoard> listGrafanaBoards(String id) {
        return forward.fetch(SERVICE, () -> grafana.listGrafanaBoards(id));
    }

    @Override
    public GrafanaBoard importGrafanaBoard(String id, GrafanaBoard choice) {
        return forward.send(SERVICE, () -> grafana.importGrafanaBoard(id, choice));
    }

    @Override
    public GrafanaBoard uploadGrafanaBoard(String id, String type, byte[] board) {
        return forward.send(SERVICE, () -> grafana.uploadGrafanaBoard(id, type, board));
    }

    @Override
    public GrafanaBoard chooseGrafanaPanels(String id, String uid, GrafanaBoard choice) {
        return forward.send(SERVICE, () -> grafana.chooseGrafanaPanels(id, uid, choice));
    }

    @Override
    public Response deleteGrafanaBoard(String id, String uid) {
        return forward.write(SERVICE, () -> grafana.deleteGrafanaBoard(id, uid));
    }
}
