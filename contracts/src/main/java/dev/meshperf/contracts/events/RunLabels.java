package dev.meshperf.contracts.events;

/** Labels with a meaning to meshperf itself, carried in {@link TestRequested#labels()}. */
public final class RunLabels {

    /** The test id of the baseline run this run is judged against (from the profile's baselineRunId). */
    public static final String BASELINE = "meshperf.baseline";

    private RunLabels() {
    }
}
