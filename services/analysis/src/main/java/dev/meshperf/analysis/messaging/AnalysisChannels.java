package dev.meshperf.analysis.messaging;

/** Channel names of this service, as in application.properties. */
public final class AnalysisChannels {

    public static final String TEST_REQUESTED = "test-requested";
    public static final String TEST_SAMPLES = "test-samples";
    public static final String TEST_COMPLETED = "test-completed";
    public static final String DEAD_LETTERS = "dead-letters";
    public static final String CONSUMER_NAME = "analysis";

    private AnalysisChannels() {
    }
}
