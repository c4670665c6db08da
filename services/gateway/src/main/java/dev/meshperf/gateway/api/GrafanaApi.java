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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.GrafanaBoard;
import dev.meshperf.contracts.api.GrafanaConnection;
import dev.meshperf.contracts.api.GrafanaDashboardHit;
import dev.meshperf.contracts.api.Problem;
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
    @APIResponse(responseCode = "200", description = "the connections (keys shown as hasApiKey)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GrafanaConnection.class)))
    public Response listGrafanaConnections() {
        return forward.read(MetricsApi.SERVICE, () -> grafana.list());
    }

    @POST
    @Consumes("*/*")
    @Operation(summary = "Add a Grafana connection", description = "url and apiKey (a token, sent as Bearer, or "
            + "user:password, sent as Basic), stored encrypted and never returned; prometheusDatasourceUid optional")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    @APIResponse(responseCode = "409", description = "a connection of that name exists", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response createGrafanaConnection(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.create(type, body));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "the connection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    public Response getGrafanaConnection(@PathParam("id") String id) {
        return forward.read(MetricsApi.SERVICE, () -> grafana.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes("*/*")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    @APIResponse(responseCode = "200", description = "the connection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    @APIResponse(responseCode = "409", description = "the connection moved on since the version sent, or the name is taken", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response updateGrafanaConnection(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.update(id, type, body));
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response deleteGrafanaConnection(@PathParam("id") String id) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.delete(id));
    }

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Test a Grafana connection", description = "version (/api/health), organization "
            + "(/api/org), round trip")
    @APIResponse(responseCode = "200", description = "whether Grafana answered, its version and organization", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectivityReport.class)))
    public Response testGrafanaConnection(@PathParam("id") String id) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.test(id));
    }

    @GET
    @Path("/{id}/search")
    @Operation(summary = "Search Grafana's dashboards")
    @APIResponse(responseCode = "200", description = "Grafana's dashboards that match", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GrafanaDashboardHit.class)))
    public Response searchGrafanaDashboards(@PathParam("id") String id, @QueryParam("query") String query) {
        return forward.read(MetricsApi.SERVICE, () -> grafana.search(id, query));
    }

    @GET
    @Path("/{id}/boards")
    @APIResponse(responseCode = "200", description = "the imported boards", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GrafanaBoard.class)))
    public Response listGrafanaBoards(@PathParam("id") String id) {
        return forward.read(MetricsApi.SERVICE, () -> grafana.boards(id));
    }

    @POST
    @Path("/{id}/boards")
    @Consumes("*/*")
    @Operation(summary = "Import a board by uid", description = "{uid, chosenPanels, variables}")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    @APIResponse(responseCode = "200", description = "the imported board", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    public Response importGrafanaBoard(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.importBoard(id, type, body));
    }

    @POST
    @Path("/{id}/boards/upload")
    @Consumes("*/*")
    @Operation(summary = "Import a board from its JSON or YAML model")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "the imported board", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    public Response uploadGrafanaBoard(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.upload(id, type, body));
    }

    @PUT
    @Path("/{id}/boards/{uid}")
    @Consumes("*/*")
    @Operation(summary = "Choose a board's panels and variable values")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    @APIResponse(responseCode = "200", description = "the board with its choice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    public Response chooseGrafanaPanels(@PathParam("id") String id, @PathParam("uid") String uid,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.choose(id, uid, type, body));
    }

    @DELETE
    @Path("/{id}/boards/{uid}")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response deleteGrafanaBoard(@PathParam("id") String id, @PathParam("uid") String uid) {
        return forward.write(MetricsApi.SERVICE, () -> grafana.deleteBoard(id, uid));
    }
}
