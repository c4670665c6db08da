package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.gateway.client.CollectorGrafanaClient;
import dev.meshperf.gateway.client.Forwarder;

/** Grafana connections and boards; each chosen panel is evaluated over every run's window. */
@Path("/api/grafana-connections")
@Tag(name = "environment")
public class GrafanaApi {

    @Inject
    @RestClient
    CollectorGrafanaClient grafana;

    @Inject
    Forwarder forward;

    @GET
    @Operation(summary = "List Grafana connections", description = "keys are never returned (hasApiKey)")
    public Response list() {
        return forward.read(MetricsApi.SERVICE, () -> grafana.list());
    }

    @POST
    @Consumes("*/*")
    @Operation(summary = "Add a Grafana connection", description = "url and apiKey (a token, sent as Bearer, or "
            + "user:password, sent as Basic), stored encrypted and never returned; prometheusDatasourceUid optional")
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.create(type, body));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return forward.read(MetricsApi.SERVICE, () -> grafana.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes("*/*")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.update(id, type, body));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.delete(id));
    }

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Test a Grafana connection", description = "version (/api/health), organization "
            + "(/api/org), round trip")
    public Response test(@PathParam("id") String id) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.test(id));
    }

    @GET
    @Path("/{id}/search")
    @Operation(summary = "Search Grafana's dashboards")
    public Response search(@PathParam("id") String id, @QueryParam("query") String query) {
        return forward.read(MetricsApi.SERVICE, () -> grafana.search(id, query));
    }

    @GET
    @Path("/{id}/boards")
    public Response boards(@PathParam("id") String id) {
        return forward.read(MetricsApi.SERVICE, () -> grafana.boards(id));
    }

    @POST
    @Path("/{id}/boards")
    @Consumes("*/*")
    @Operation(summary = "Import a board by uid", description = "{uid, chosenPanels, variables}")
    public Response importBoard(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.importBoard(id, type, body));
    }

    @POST
    @Path("/{id}/boards/upload")
    @Consumes("*/*")
    @Operation(summary = "Import a board from its JSON or YAML model")
    public Response upload(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.upload(id, type, body));
    }

    @PUT
    @Path("/{id}/boards/{uid}")
    @Consumes("*/*")
    @Operation(summary = "Choose a board's panels and variable values")
    public Response choose(@PathParam("id") String id, @PathParam("uid") String uid,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.choose(id, uid, type, body));
    }

    @DELETE
    @Path("/{id}/boards/{uid}")
    public Response deleteBoard(@PathParam("id") String id, @PathParam("uid") String uid) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.deleteBoard(id, uid));
    }
}
