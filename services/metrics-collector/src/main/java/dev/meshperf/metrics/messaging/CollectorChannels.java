package dev.meshperf.metrics.messaging;

/** Channel names of this service, as in application.properties. */
public final class CollectorChannels {

    public static final String TEST_REQUESTED = "test-requested";
    public static final String TEST_COMPLETED = "test-completed";

    private CollectorChannels() {
    }
}
