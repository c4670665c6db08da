package dev.meshperf.runnerservice.messaging;

/** Channel names of this service, as in application.properties. */
public final class RunnerChannels {

    public static final String TEST_REQUESTED = "test-requested";
    public static final String TEST_SAMPLES = "test-samples";

    private RunnerChannels() {
    }
}
