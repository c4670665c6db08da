package dev.meshperf.scheduler.messaging;

/** Channel names of this service, as in application.properties. */
public final class SchedulerChannels {

    public static final String TEST_COMPLETED = "test-completed";

    private SchedulerChannels() {
    }
}
