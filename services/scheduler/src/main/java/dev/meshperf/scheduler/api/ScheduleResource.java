package dev.meshperf.scheduler.api;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.api.ScheduleHistory;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.contracts.api.SchedulePreview;
import dev.meshperf.problem.Paging;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.scheduler.service.ScheduleService;

/** Schedules: create, read, change, pause, resume, delete; preview a rule; next fires; history. */
@Path("/api/schedules")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_COUNT = 100;

    @Inject
    ScheduleService schedules;

    @GET
    public SchedulePage list(@QueryParam("profileId") String profileId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        return schedules.list(profileId, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ScheduleDocument document) {
        ScheduleDocument saved = schedules.create(required(document));
        return Response.created(URI.create("/api/schedules/" + saved.id())).entity(saved).build();
    }

    /** What a rule means and when it would fire, without saving anything; profileId may be left out. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public SchedulePreview preview(ScheduleDocument document, @QueryParam("count") @DefaultValue("5") int count) {
        return schedules.preview(required(document), count(count));
    }

    @GET
    @Path("/{id}")
    public ScheduleDocument get(@PathParam("id") String id) {
        return schedules.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduleDocument update(@PathParam("id") String id, ScheduleDocument document) {
        return schedules.update(id, required(document));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        schedules.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/pause")
    public ScheduleDocument pause(@PathParam("id") String id, @QueryParam("reason") String reason) {
        return schedules.pause(id, reason);
    }

    @POST
    @Path("/{id}/resume")
    public ScheduleDocument resume(@PathParam("id") String id) {
        return schedules.resume(id);
    }

    @GET
    @Path("/{id}/next")
    public SchedulePreview next(@PathParam("id") String id, @QueryParam("count") @DefaultValue("5") int count) {
        return schedules.next(id, count(count));
    }

    @GET
    @Path("/{id}/history")
    public ScheduleHistory history(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        return schedules.history(id, page, size);
    }

    private static ScheduleDocument required(ScheduleDocument document) {
        if (document == null) {
            throw ProblemException.badRequest("body", "a schedule document is required");
        }
        return document;
    }

    private static int count(int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw ProblemException.badRequest("count", "must be from 1 to " + MAX_COUNT + ", was " + count);
        }
        return count;
    }
}
