package dev.meshperf.contracts.api.endpoints;

import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.GrafanaBoard;
import dev.meshperf.contracts.api.GrafanaConnection;
import dev.meshperf.contracts.api.GrafanaDashboardHit;
import dev.meshperf.contracts.api.Problem;

/**
 * {@code /api/grafana-connections}: Grafana connections (keys go in and never come back), board search, import by uid
 * or upload, and the panels and variables chosen for each board, evaluated over every run's window. The metrics
 * collector implements it, the gateway serves it, the web UI calls it.
 */
@Path("/api/grafana-connections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "environment")
public interface GrafanaEndpoints {

    @GET
    @Operation(summary = "List Grafana connections", description = "keys are never returned (hasApiKey)")
    @APIResponse(responseCode = "200", description = "the connections (keys shown as hasApiKey)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GrafanaConnection.class)))
    List<GrafanaConnection> listGrafanaConnections();

    /** 201 with the connection, at Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a Grafana connection", description = "url and apiKey (a token, sent as Bearer, or "
            + "user:password, sent as Basic), stored encrypted and never returned; prometheusDatasourceUid optional")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    @APIResponse(responseCode = "409", description = "a connection of that name exists", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response createGrafanaConnection(GrafanaConnection connection);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a Grafana connection")
    @APIResponse(responseCode = "200", description = "the connection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    GrafanaConnection getGrafanaConnection(@PathParam("id") String id);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a Grafana connection", description = "a key left out keeps the stored one")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    @APIResponse(responseCode = "200", description = "the connection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaConnection.class)))
    @APIResponse(responseCode = "409", description = "the connection moved on since the version sent, or the name is taken", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    GrafanaConnection updateGrafanaConnection(@PathParam("id") String id, GrafanaConnection connection);

    /** 204. */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a Grafana connection")
    @APIResponse(responseCode = "204", description = "deleted")
    Response deleteGrafanaConnection(@PathParam("id") String id);

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Test a Grafana connection", description = "version (/api/health), organization "
            + "(/api/org), round trip")
    @APIResponse(responseCode = "200", description = "whether Grafana answered, its version and organization", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectivityReport.class)))
    ConnectivityReport testGrafanaConnection(@PathParam("id") String id);

    /** Grafana's own search answer, as Grafana gave it. */
    @GET
    @Path("/{id}/search")
    @Operation(summary = "Search Grafana's dashboards")
    @APIResponse(responseCode = "200", description = "Grafana's dashboards that match", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GrafanaDashboardHit.class)))
    JsonNode searchGrafanaDashboards(@PathParam("id") String id, @QueryParam("query") String query);

    @GET
    @Path("/{id}/boards")
    @Operation(summary = "The boards imported from a Grafana connection")
    @APIResponse(responseCode = "200", description = "the imported boards", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GrafanaBoard.class)))
    List<GrafanaBoard> listGrafanaBoards(@PathParam("id") String id);

    @POST
    @Path("/{id}/boards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a board by uid", description = "{uid, chosenPanels, variables}")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    @APIResponse(responseCode = "200", description = "the imported board", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    GrafanaBoard importGrafanaBoard(@PathParam("id") String id, GrafanaBoard choice);

    /**
     * @param type
     * the board's format: JSON (application/json) or YAML; it travels as the request's content type
     */
    @POST
    @Path("/{id}/boards/upload")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a board from its JSON or YAML model")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "the imported board", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    GrafanaBoard uploadGrafanaBoard(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] board);

    @PUT
    @Path("/{id}/boards/{uid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose a board's panels and variable values")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    @APIResponse(responseCode = "200", description = "the board with its choice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrafanaBoard.class)))
    GrafanaBoard chooseGrafanaPanels(@PathParam("id") String id, @PathParam("uid") String uid, GrafanaBoard choice);

    /** 204. */
    @DELETE
    @Path("/{id}/boards/{uid}")
    @Operation(summary = "Remove an imported board")
    @APIResponse(responseCode = "204", description = "deleted")
    Response deleteGrafanaBoard(@PathParam("id") String id, @PathParam("uid") String uid);
}
