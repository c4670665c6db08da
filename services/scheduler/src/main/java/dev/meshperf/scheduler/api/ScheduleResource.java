package dev.meshperf.scheduler.api;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.api.ScheduleHistory;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.contracts.api.SchedulePreview;
import dev.meshperf.contracts.api.endpoints.ScheduleEndpoints;
import dev.meshperf.problem.Paging;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.scheduler.service.ScheduleService;

/**
 * Schedules: create, read, change, pause, resume, delete; preview a rule; next fires; history. Paths and parameters
 * are declared in {@link ScheduleEndpoints}.
 */
public class ScheduleResource implements ScheduleEndpoints {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_COUNT = 100;

    @Inject
    ScheduleService schedules;

    @Override
    public SchedulePage listSchedules(String profileId, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        return schedules.list(profileId, page, size);
    }

    @Override
    public Response createSchedule(ScheduleDocument document) {
        ScheduleDocument saved = schedules.create(required(document));
        return Response.created(URI.create("/api/schedules/" + saved.id())).entity(saved).build();
    }

    @Override
    public SchedulePreview previewSchedule(int count, ScheduleDocument document) {
        return schedules.preview(required(document), count(count));
    }

    @Override
    public ScheduleDocument getSchedule(String id) {
        return schedules.get(id);
    }

    @Override
    public ScheduleDocument updateSchedule(String id, ScheduleDocument document) {
        return schedules.update(id, required(document));
    }

    @Override
    public Response deleteSchedule(String id) {
        schedules.delete(id);
        return Response.noContent().build();
    }

    @Override
    public ScheduleDocument pauseSchedule(String id, String reason) {
        return schedules.pause(id, reason);
    }

    @Override
    public ScheduleDocument resumeSchedule(String id) {
        return schedules.resume(id);
    }

    @Override
    public SchedulePreview nextFires(String id, int count) {
        return schedules.next(id, count(count));
    }

    @Override
    public ScheduleHistory scheduleHistory(String id, int page, int size) {
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
