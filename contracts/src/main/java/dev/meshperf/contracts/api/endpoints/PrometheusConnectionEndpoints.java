package dev.meshperf.contracts.api.endpoints;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.PrometheusConnection;

/**
 * {@code /api/prometheus-connections}: the Prometheus servers each run's context is read from. The metrics collector
 * implements it, the gateway serves it, the web UI calls it. A secret goes in and never comes back ({@code hasSecret}).
 */
@Path("/api/prometheus-connections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "environment")
public interface PrometheusConnectionEndpoints {

    @GET
    @Operation(summary = "List Prometheus connections", description = "secrets are never returned (hasSecret)")
    @APIResponse(responseCode = "200", description = "the connections (secrets shown as hasSecret)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PrometheusConnection.class)))
    List<PrometheusConnection> listPrometheusConnections();

    @GET
    @Path("/packs")
    @Operation(summary = "The query packs a connection may run")
    @APIResponse(responseCode = "200", description = "the names of the query packs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)))
    List<String> listQueryPacks();

    /** 201 with the connection, at Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a Prometheus connection", description = "url; auth none, basic (username, secret) or "
            + "bearer (secret); packs. The secret is stored encrypted and never returned")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "409", description = "a connection of that name exists", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response createPrometheusConnection(PrometheusConnection connection);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a Prometheus connection")
    @APIResponse(responseCode = "200", description = "the connection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    PrometheusConnection getPrometheusConnection(@PathParam("id") String id);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a Prometheus connection", description = "a secret left out keeps the stored one; "
            + "send version to refuse a lost update (409)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "200", description = "the connection at its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "409", description = "the connection moved on since the version sent, or the name is taken", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    PrometheusConnection updatePrometheusConnection(@PathParam("id") String id, PrometheusConnection connection);

    /** 204. */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a Prometheus connection")
    @APIResponse(responseCode = "204", description = "deleted")
    Response deletePrometheusConnection(@PathParam("id") String id);

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Test a saved connection", description = "reachable, version (buildinfo), round trip")
    @APIResponse(responseCode = "200", description = "whether Prometheus answered, its version and the round trip", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectivityReport.class)))
    ConnectivityReport testPrometheusConnection(@PathParam("id") String id);

    /** The same for a connection that is not saved; its secret is used for this call only. */
    @POST
    @Path("/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Test a connection before saving it")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "200", description = "whether Prometheus answered, its version and the round trip", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectivityReport.class)))
    ConnectivityReport testUnsavedPrometheusConnection(PrometheusConnection connection);
}
