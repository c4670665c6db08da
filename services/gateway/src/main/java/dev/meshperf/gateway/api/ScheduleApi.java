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

import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.SchedulerClient;

/** Scheduled tests: friendly rules or cron, previews, pause and resume, and each schedule's history. */
@Path("/api/schedules")
@Tag(name = "schedules")
public class ScheduleApi {

    static final String SERVICE = "scheduler";

    @Inject
    @RestClient
    SchedulerClient schedules;

    @Inject
    Forwarder forward;

    @GET
    @Operation(summary = "List schedules", description = "profileId: only that profile's; page from 0")
    public Response list(@QueryParam("profileId") String profileId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return forward.read(SERVICE, () -> schedules.list(profileId, page, size));
    }

    @POST
    @Consumes("*/*")
    @Operation(summary = "Create a schedule", description = "one rule: every (15m), daily (09:00), weekly "
            + "(mon,fri@09:00), monthly (1@09:00) or cron; timeZone, startAt, endAt, maxRuns optional")
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(SERVICE, () -> schedules.create(type, body));
    }

    @POST
    @Path("/preview")
    @Consumes("*/*")
    @Operation(summary = "Preview a rule", description = "its sentence, cron form and next fire times; saves nothing")
    public Response preview(@QueryParam("count") Integer count, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.read(SERVICE, () -> schedules.preview(count, type, body));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> schedules.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes("*/*")
    @Operation(summary = "Replace a schedule's rule and options", description = "send version to refuse a lost "
            + "update (409)")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> schedules.update(id, type, body));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        return forward.write(SERVICE, () -> schedules.delete(id));
    }

    @POST
    @Path("/{id}/pause")
    public Response pause(@PathParam("id") String id, @QueryParam("reason") String reason) {
        return forward.write(SERVICE, () -> schedules.pause(id, reason));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a schedule", description = "occurrences during the pause are skipped")
    public Response resume(@PathParam("id") String id) {
        return forward.write(SERVICE, () -> schedules.resume(id));
    }

    @GET
    @Path("/{id}/next")
    public Response next(@PathParam("id") String id, @QueryParam("count") Integer count) {
        return forward.read(SERVICE, () -> schedules.next(id, count));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A schedule's history", description = "each occurrence, newest first: FIRED with its test "
            + "id and the run's outcome, MISSED or FAILED with the reason")
    public Response history(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return forward.read(SERVICE, () -> schedules.history(id, page, size));
    }
}
