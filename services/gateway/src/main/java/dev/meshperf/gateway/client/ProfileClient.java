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

/** The profile service. Bodies travel as bytes, so the gateway forwards them unchanged in both directions. */
@RegisterRestClient(configKey = "profile")
@Path("/api")
public interface ProfileClient {

    @GET
    @Path("/profiles")
    Response list(@QueryParam("search") String search, @QueryParam("sort") String sort,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("/profiles")
    @Consumes("*/*")
    Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @GET
    @Path("/profiles/{id}")
    Response get(@PathParam("id") String id);

    @PUT
    @Path("/profiles/{id}")
    @Consumes("*/*")
    Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @DELETE
    @Path("/profiles/{id}")
    Response delete(@PathParam("id") String id);

    @GET
    @Path("/profiles/{id}/versions")
    Response versions(@PathParam("id") String id);

    @GET
    @Path("/profiles/{id}/versions/{version}")
    Response version(@PathParam("id") String id, @PathParam("version") String version);

    @GET
    @Path("/profiles/{id}/export")
    Response export(@PathParam("id") String id);

    @POST
    @Path("/profiles/apply")
    @Consumes("*/*")
    Response apply(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @POST
    @Path("/profiles/import")
    @Consumes("*/*")
    Response importSmp(@QueryParam("generator") String generator, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body);

    @POST
    @Path("/profiles/{id}/run")
    @Consumes("*/*")
    Response run(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @POST
    @Path("/runs")
    @Consumes("*/*")
    Response runAdHoc(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body);

    @POST
    @Path("/runs/{testId}/cancel")
    Response cancel(@PathParam("testId") String testId, @QueryParam("reason") String reason);

    @GET
    @Path("/generators")
    Response generators();
}
