package dev.meshperf.gateway.client;

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

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The scheduler service. Bodies travel as bytes, forwarded unchanged in both directions. */
@RegisterRestClient(configKey = "scheduler")
@Path("/api/schedules")
public interface SchedulerClient {

    @GET
    Response list(@QueryParam("profileId") String profileId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @POST
    @Consumes("*/*")
    Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @POST
    @Path("/preview")
    @Consumes("*/*")
    Response preview(@QueryParam("count") Integer count, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body);

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") String id);

    @PUT
    @Path("/{id}")
    @Consumes("*/*")
    Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @DELETE
    @Path("/{id}")
    Response delete(@PathParam("id") String id);

    @POST
    @Path("/{id}/pause")
    Response pause(@PathParam("id") String id, @QueryParam("reason") String reason);

    @POST
    @Path("/{id}/resume")
    Response resume(@PathParam("id") String id);

    @GET
    @Path("/{id}/next")
    Response next(@PathParam("id") String id, @QueryParam("count") Integer count);

    @GET
    @Path("/{id}/history")
    Response history(@PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size);
}
