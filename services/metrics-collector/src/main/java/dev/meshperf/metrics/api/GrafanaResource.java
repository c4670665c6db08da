package dev.meshperf.metrics.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.GrafanaBoard;
import dev.meshperf.contracts.api.GrafanaConnection;
import dev.meshperf.metrics.service.GrafanaService;

/** Grafana connections (keys never come back), connectivity tests, board search, import, upload and choices. */
@Path("/api/grafana-connections")
@Produces(MediaType.APPLICATION_JSON)
public class GrafanaResource {

    @Inject
    GrafanaService grafana;

    @GET
    public List<GrafanaConnection> list() {
        return grafana.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(GrafanaConnection input) {
        GrafanaConnection created = grafana.create(input);
        return Response.created(URI.create("/api/grafana-connections/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public GrafanaConnection get(@PathParam("id") String id) {
        return grafana.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GrafanaConnection update(@PathParam("id") String id, GrafanaConnection input) {
        return grafana.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        grafana.delete(id);
        return Response.noContent().build();
    }

    /** Reachability ({@code /api/health}: version), the key's organization ({@code /api/org}), round trip. */
    @POST
    @Path("/{id}/test")
    public ConnectivityReport test(@PathParam("id") String id) {
        return grafana.test(id);
    }

    @GET
    @Path("/{id}/search")
    public JsonNode search(@PathParam("id") String id, @QueryParam("query") String query) {
        return grafana.search(id, query);
    }

    @GET
    @Path("/{id}/boards")
    public List<GrafanaBoard> boards(@PathParam("id") String id) {
        return grafana.boards(id);
    }

    /** Imports a board by uid: {@code {"uid", "chosenPanels", "variables"}}. */
    @POST
    @Path("/{id}/boards")
    @Consumes(MediaType.APPLICATION_JSON)
    public GrafanaBoard importBoard(@PathParam("id") String id, GrafanaBoard choice) {
        return grafana.importBoard(id, choice);
    }

    /** Imports a board from its model, JSON or YAML. */
    @POST
    @Path("/{id}/boards/upload")
    @Consumes("*/*")
    public GrafanaBoard upload(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return grafana.upload(id, type, body);
    }

    @PUT
    @Path("/{id}/boards/{uid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GrafanaBoard choose(@PathParam("id") String id, @PathParam("uid") String uid, GrafanaBoard choice) {
        return grafana.choose(id, uid, choice);
    }

    @DELETE
    @Path("/{id}/boards/{uid}")
    public Response deleteBoard(@PathParam("id") String id, @PathParam("uid") String uid) {
        grafana.deleteBoard(id, uid);
        return Response.noContent().build();
    }
}
