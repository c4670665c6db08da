package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.api.ScheduleHistory;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.contracts.api.SchedulePreview;
import dev.meshperf.contracts.api.endpoints.ScheduleEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.SchedulerClient;

/**
 * Scheduled tests: friendly rules or cron, previews, pause and resume, and each schedule's history. The same
 * {@link ScheduleEndpoints} the scheduler implements, served by calling the scheduler through it.
 */
public class ScheduleApi implements ScheduleEndpoints {

    static final String SERVICE = "scheduler";

    @Inject
    @RestClient
    SchedulerClient schedules;

    @Inject
    Forwarder forward;

    @Override
    public SchedulePage listSchedules(String profileId, int page, int size) {
        return forward.fetch(SERVICE, () -> schedules.listSchedules(profileId, page, size));
    }

    @Override
    public Response createSchedule(ScheduleDocument schedule) {
        return forward.write(SERVICE, () -> schedules.createSchedule(schedule));
    }

    @Override
    public SchedulePreview previewSchedule(int count, ScheduleDocument schedule) {
        return forward.fetch(SERVICE, () -> schedules.previewSchedule(count, schedule));
    }

    @Override
    public ScheduleDocument getSchedule(String id) {
        return forward.fetch(SERVICE, () -> schedules.getSchedule(id));
    }

    @Override
    public ScheduleDocument updateSchedule(String id, ScheduleDocument schedule) {
        return forward.send(SERVICE, () -> schedules.updateSchedule(id, schedule));
    }

    @Override
    public Response deleteSchedule(String id) {
        return forward.write(SERVICE, () -> schedules.deleteSchedule(id));
    }

    @Override
    public ScheduleDocument pauseSchedule(String id, String reason) {
        return forward.send(SERVICE, () -> schedules.pauseSchedule(id, reason));
    }

    @Override
    public ScheduleDocument resumeSchedule(String id) {
        return forward.send(SERVICE, () -> schedules.resumeSchedule(id));
    }

    @Override
    public SchedulePreview nextFires(String id, int count) {
        return forward.fetch(SERVICE, () -> schedules.nextFires(id, count));
    }

    @Override
    public ScheduleHistory scheduleHistory(String id, int page, int size) {
        return forward.fetch(SERVICE, () -> schedules.scheduleHistory(id, page, size));
    }
}
