package dev.meshperf.gateway.client;

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

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The metrics collector. Bodies travel as bytes, unchanged; secrets in them are never logged here. */
@RegisterRestClient(configKey = "metrics")
@Path("/api")
public interface MetricsClient {

    @GET
    @Path("/prometheus-connections")
    Response list();

    @GET
    @Path("/prometheus-connections/packs")
    Response packs();

    @POST
    @Path("/prometheus-connections")
    @Consumes("*/*")
    Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @GET
    @Path("/prometheus-connections/{id}")
    Response get(@PathParam("id") String id);

    @PUT
    @Path("/prometheus-connections/{id}")
    @Consumes("*/*")
    Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @DELETE
    @Path("/prometheus-connections/{id}")
    Response delete(@PathParam("id") String id);

    @POST
    @Path("/prometheus-connections/{id}/test")
    Response test(@PathParam("id") String id);

    @POST
    @Path("/prometheus-connections/test")
    @Consumes("*/*")
    Response testUnsaved(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @GET
    @Path("/tests/{testId}/environment")
    Response environment(@PathParam("testId") String testId);
}
