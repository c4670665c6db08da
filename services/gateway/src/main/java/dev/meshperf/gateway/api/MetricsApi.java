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
import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.PrometheusConnection;
import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.MetricsClient;

/** Prometheus connections and the context (environment) stored with each test. */
@Path("/api")
@Tag(name = "environment")
public class MetricsApi {

    static final String SERVICE = "metrics-collector";

    @Inject
    @RestClient
    MetricsClient metrics;

    @Inject
    Forwarder forward;

    @GET
    @Path("/tests/{testId}/environment")
    @Operation(summary = "What the cluster and the mesh were doing during a test", description = "the series of "
            + "every query pack of every Prometheus connection over the test's window (with margins); PENDING until "
            + "the window has passed; a query that failed carries its error")
    @APIResponse(responseCode = "200", description = "the run's environment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunEnvironment.class)))
    public Response getRunEnvironment(@PathParam("testId") String testId) {
        return forward.read(SERVICE, () -> metrics.environment(testId));
    }

    @GET
    @Path("/prometheus-connections")
    @Operation(summary = "List Prometheus connections", description = "secrets are never returned (hasSecret)")
    @APIResponse(responseCode = "200", description = "the connections (secrets shown as hasSecret)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PrometheusConnection.class)))
    public Response listPrometheusConnections() {
        return forward.read(SERVICE, () -> metrics.list());
    }

    @GET
    @Path("/prometheus-connections/packs")
    @Operation(summary = "The query packs a connection may run")
    @APIResponse(responseCode = "200", description = "the names of the query packs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)))
    public Response listQueryPacks() {
        return forward.read(SERVICE, () -> metrics.packs());
    }

    @POST
    @Path("/prometheus-connections")
    @Consumes("*/*")
    @Operation(summary = "Add a Prometheus connection", description = "url; auth none, basic (username, secret) or "
            + "bearer (secret); packs. The secret is stored encrypted and never returned")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "409", description = "a connection of that name exists", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response createPrometheusConnection(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(SERVICE, () -> metrics.create(type, body));
    }

    @GET
    @Path("/prometheus-connections/{id}")
    @APIResponse(responseCode = "200", description = "the connection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    public Response getPrometheusConnection(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> metrics.get(id));
    }

    @PUT
    @Path("/prometheus-connections/{id}")
    @Consumes("*/*")
    @Operation(summary = "Replace a Prometheus connection", description = "a secret left out keeps the stored one; "
            + "send version to refuse a lost update (409)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "200", description = "the connection at its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "409", description = "the connection moved on since the version sent, or the name is taken", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response updatePrometheusConnection(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> metrics.update(id, type, body));
    }

    @DELETE
    @Path("/prometheus-connections/{id}")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response deletePrometheusConnection(@PathParam("id") String id) {
        return forward.write(SERVICE, () -> metrics.delete(id));
    }

    @POST
    @Path("/prometheus-connections/{id}/test")
    @Operation(summary = "Test a saved connection", description = "reachable, version (buildinfo), round trip")
    @APIResponse(responseCode = "200", description = "whether Prometheus answered, its version and the round trip", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectivityReport.class)))
    public Response testPrometheusConnection(@PathParam("id") String id) {
        return forward.write(SERVICE, () -> metrics.test(id));
    }

    @POST
    @Path("/prometheus-connections/test")
    @Consumes("*/*")
    @Operation(summary = "Test a connection before saving it")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrometheusConnection.class)))
    @APIResponse(responseCode = "200", description = "whether Prometheus answered, its version and the round trip", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectivityReport.class)))
    public Response testUnsavedPrometheusConnection(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(SERVICE, () -> metrics.testUnsaved(type, body));
    }
}
