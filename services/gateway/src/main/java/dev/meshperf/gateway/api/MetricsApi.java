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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

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
    public Response environment(@PathParam("testId") String testId) {
        return forward.read(SERVICE, () -> metrics.environment(testId));
    }

    @GET
    @Path("/prometheus-connections")
    @Operation(summary = "List Prometheus connections", description = "secrets are never returned (hasSecret)")
    public Response list() {
        return forward.read(SERVICE, () -> metrics.list());
    }

    @GET
    @Path("/prometheus-connections/packs")
    @Operation(summary = "The query packs a connection may run")
    public Response packs() {
        return forward.read(SERVICE, () -> metrics.packs());
    }

    @POST
    @Path("/prometheus-connections")
    @Consumes("*/*")
    @Operation(summary = "Add a Prometheus connection", description = "url; auth none, basic (username, secret) or "
            + "bearer (secret); packs. The secret is stored encrypted and never returned")
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(SERVICE, () -> metrics.create(type, body));
    }

    @GET
    @Path("/prometheus-connections/{id}")
    public Response get(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> metrics.get(id));
    }

    @PUT
    @Path("/prometheus-connections/{id}")
    @Consumes("*/*")
    @Operation(summary = "Replace a Prometheus connection", description = "a secret left out keeps the stored one; "
            + "send version to refuse a lost update (409)")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> metrics.update(id, type, body));
    }

    @DELETE
    @Path("/prometheus-connections/{id}")
    public Response delete(@PathParam("id") String id) {
        return forward.write(SERVICE, () -> metrics.delete(id));
    }

    @POST
    @Path("/prometheus-connections/{id}/test")
    @Operation(summary = "Test a saved connection", description = "reachable, version (buildinfo), round trip")
    public Response test(@PathParam("id") String id) {
        return forward.write(SERVICE, () -> metrics.test(id));
    }

    @POST
    @Path("/prometheus-connections/test")
    @Consumes("*/*")
    @Operation(summary = "Test a connection before saving it")
    public Response testUnsaved(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(SERVICE, () -> metrics.testUnsaved(type, body));
    }
}
