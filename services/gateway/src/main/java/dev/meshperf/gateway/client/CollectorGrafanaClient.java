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

/** The metrics collector's Grafana API. Bodies travel as bytes, unchanged; keys in them are never logged here. */
@RegisterRestClient(configKey = "metrics")
@Path("/api/grafana-connections")
public interface CollectorGrafanaClient {

    @GET
    Response list();

    @POST
    @Consumes("*/*")
    Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

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
    @Path("/{id}/test")
    Response test(@PathParam("id") String id);

    @GET
    @Path("/{id}/search")
    Response search(@PathParam("id") String id, @QueryParam("query") String query);

    @GET
    @Path("/{id}/boards")
    Response boards(@PathParam("id") String id);

    @POST
    @Path("/{id}/boards")
    @Consumes("*/*")
    Response importBoard(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body);

    @POST
    @Path("/{id}/boards/upload")
    @Consumes("*/*")
    Response upload(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @PUT
    @Path("/{id}/boards/{uid}")
    @Consumes("*/*")
    Response choose(@PathParam("id") String id, @PathParam("uid") String uid,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @DELETE
    @Path("/{id}/boards/{uid}")
    Response deleteBoard(@PathParam("id") String id, @PathParam("uid") String uid);
}
