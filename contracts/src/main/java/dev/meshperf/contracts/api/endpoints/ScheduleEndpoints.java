package dev.meshperf.contracts.api.endpoints;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.api.ScheduleHistory;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.contracts.api.SchedulePreview;

/**
 * {@code /api/schedules}, declared once with its documentation: the scheduler implements it, the gateway serves it
 * to the public (calling the scheduler through it), the CLI calls the gateway through it. Method names are the
 * OpenAPI operation ids. Answers other than 2xx are problem JSON; a method returning {@link Response} answers with a
 * status or header a record cannot carry (201 and its Location, 204).
 */
@Path("/api/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schedules")
public interface ScheduleEndpoints {

    @GET
    @Operation(summary = "List schedules", description = "profileId: only that profile's; page from 0")
    @APIResponse(responseCode = "200", description = "a page of schedules", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchedulePage.class)))
    SchedulePage listSchedules(@QueryParam("profileId") String profileId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a schedule", description = "one rule: every (15m), daily (09:00), weekly "
            + "(mon,fri@09:00), monthly (1@09:00) or cron; timeZone, startAt, endAt, maxRuns optional")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    Response createSchedule(ScheduleDocument schedule);

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview a rule", description = "its sentence, cron form and next fire times; saves nothing")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    @APIResponse(responseCode = "200", description = "the rule in words, as cron, and its next fire times", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchedulePreview.class)))
    SchedulePreview previewSchedule(@QueryParam("count") @DefaultValue("5") int count, ScheduleDocument schedule);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a schedule")
    @APIResponse(responseCode = "200", description = "the schedule", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    ScheduleDocument getSchedule(@PathParam("id") String id);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a schedule's rule and options", description = "send version to refuse a lost "
            + "update (409)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    @APIResponse(responseCode = "200", description = "the schedule at its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    @APIResponse(responseCode = "409", description = "the schedule moved on since the version sent", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ScheduleDocument updateSchedule(@PathParam("id") String id, ScheduleDocument schedule);

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a schedule", description = "its history goes with it; runs it started stay")
    @APIResponse(responseCode = "204", description = "deleted")
    Response deleteSchedule(@PathParam("id") String id);

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause a schedule", description = "reason: shown with it until it is resumed")
    @APIResponse(responseCode = "200", description = "the paused schedule", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    ScheduleDocument pauseSchedule(@PathParam("id") String id, @QueryParam("reason") String reason);

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a schedule", description = "occurrences during the pause are skipped")
    @APIResponse(responseCode = "200", description = "the resumed schedule", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleDocument.class)))
    ScheduleDocument resumeSchedule(@PathParam("id") String id);

    @GET
    @Path("/{id}/next")
    @Operation(summary = "A schedule's next fire times", description = "none when it is paused, ended or used up")
    @APIResponse(responseCode = "200", description = "its next fire times", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchedulePreview.class)))
    SchedulePreview nextFires(@PathParam("id") String id, @QueryParam("count") @DefaultValue("5") int count);

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A schedule's history", description = "each occurrence, newest first: FIRED with its test "
            + "id and the run's outcome, MISSED or FAILED with the reason")
    @APIResponse(responseCode = "200", description = "its occurrences, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleHistory.class)))
    ScheduleHistory scheduleHistory(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size);
}
