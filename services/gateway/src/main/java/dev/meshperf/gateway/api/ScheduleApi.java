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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.api.ScheduleHistory;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.contracts.api.SchedulePreview;
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
    @APIResponse(responseCode = "200", description = "a page of schedules", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchedulePage.class)))
    public Response listSchedules(@QueryParam("profileId") String profileId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return forward.read(SERVICE, () -> schedules.list(profileId, page, size));
    }

    @POST
    @Consumes("*/*")
    @Operation(summary = "Create a schedule", description = "one rule: every (15m), daily (09:00), weekly "
            + "(mon,fri@09:00), monthly (1@09:00) or cron; timeZone, startAt, endAt, maxRuns optional")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    public Response createSchedule(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> schedules.create(type, body));
    }

    @POST
    @Path("/preview")
    @Consumes("*/*")
    @Operation(summary = "Preview a rule", description = "its sentence, cron form and next fire times; saves nothing")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    @APIResponse(responseCode = "200", description = "the rule in words, as cron, and its next fire times", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchedulePreview.class)))
    public Response previewSchedule(@QueryParam("count") Integer count,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.read(SERVICE, () -> schedules.preview(count, type, body));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "the schedule", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    public Response getSchedule(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> schedules.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes("*/*")
    @Operation(summary = "Replace a schedule's rule and options", description = "send version to refuse a lost "
            + "update (409)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    @APIResponse(responseCode = "200", description = "the schedule at its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    @APIResponse(responseCode = "409", description = "the schedule moved on since the version sent", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response updateSchedule(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> schedules.update(id, type, body));
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response deleteSchedule(@PathParam("id") String id) {
        return forward.write(SERVICE, () -> schedules.delete(id));
    }

    @POST
    @Path("/{id}/pause")
    @APIResponse(responseCode = "200", description = "the paused schedule", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    public Response pauseSchedule(@PathParam("id") String id, @QueryParam("reason") String reason) {
        return forward.write(SERVICE, () -> schedules.pause(id, reason));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a schedule", description = "occurrences during the pause are skipped")
    @APIResponse(responseCode = "200", description = "the resumed schedule", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    public Response resumeSchedule(@PathParam("id") String id) {
        return forward.write(SERVICE, () -> schedules.resume(id));
    }

    @GET
    @Path("/{id}/next")
    @APIResponse(responseCode = "200", description = "its next fire times", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchedulePreview.class)))
    public Response nextFires(@PathParam("id") String id, @QueryParam("count") Integer count) {
        return forward.read(SERVICE, () -> schedules.next(id, count));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A schedule's history", description = "each occurrence, newest first: FIRED with its test "
            + "id and the run's outcome, MISSED or FAILED with the reason")
    @APIResponse(responseCode = "200", description = "its occurrences, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleHistory.class)))
    public Response scheduleHistory(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return forward.read(SERVICE, () -> schedules.history(id, page, size));
    }
}
