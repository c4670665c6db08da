package dev.meshperf.metrics.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.GrafanaBoard;
import dev.meshperf.contracts.api.GrafanaConnection;
import dev.meshperf.contracts.api.endpoints.GrafanaEndpoints;
import dev.meshperf.metrics.service.GrafanaService;

/**
 * Grafana connections (keys never come back), connectivity tests, board search, import, upload and choices. Paths
 * and parameters are declared in {@link GrafanaEndpoints}.
 */
public class GrafanaResource implements GrafanaEndpoints {

    @Inject
    GrafanaService grafana;

    @Override
    public List<GrafanaConnection> listGrafanaConnections() {
        return grafana.list();
    }

    @Override
    public Response createGrafanaConnection(GrafanaConnection input) {
        GrafanaConnection created = grafana.create(input);
        return Response.created(URI.create("/api/grafana-connections/" + created.id())).entity(created).build();
    }

    @Override
    public GrafanaConnection getGrafanaConnection(String id) {
        return grafana.get(id);
    }

    @Override
    public GrafanaConnection updateGrafanaConnection(String id, GrafanaConnection input) {
        return grafana.update(id, input);
    }

    @Override
    public Response deleteGrafanaConnection(String id) {
        grafana.delete(id);
        return Response.noContent().build();
    }

    /** Reachability ({@code /api/health}: version), the key's organization ({@code /api/org}), round trip. */
    @Override
    public ConnectivityReport testGrafanaConnection(String id) {
        return grafana.test(id);
    }

    @Override
    public JsonNode searchGrafanaDashboards(String id, String query) {
        return grafana.search(id, query);
    }

    @Override
    public List<GrafanaBoard> listGrafanaBoards(String id) {
        return grafana.boards(id);
    }

    /** Imports a board by uid: {@code {"uid", "chosenPanels", "variables"}}. */
    @Override
    public GrafanaBoard importGrafanaBoard(String id, GrafanaBoard choice) {
        return grafana.importBoard(id, choice);
    }

    /** Imports a board from its model, JSON or YAML. */
    @Override
    public GrafanaBoard uploadGrafanaBoard(String id, String type, byte[] body) {
        return grafana.upload(id, type, body);
    }

    @Override
    public GrafanaBoard chooseGrafanaPanels(String id, String uid, GrafanaBoard choice) {
        return grafana.choose(id, uid, choice);
    }

    @Override
    public Response deleteGrafanaBoard(String id, String uid) {
        grafana.deleteBoard(id, uid);
        return Response.noContent().build();
    }
}
