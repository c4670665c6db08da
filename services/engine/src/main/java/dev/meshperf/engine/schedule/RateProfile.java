package dev.meshperf.engine.schedule;

/**
 * A total request rate over time, through its cumulative count N(t) (requests due by t seconds after the start) and
 * that function's inverse. Sending request number u at {@code timeOf(u)} paces load exactly at the profile's rate.
 */
public interface RateProfile {

    /** Seconds after the start at which the cumulative count reaches {@code u}; infinite past the end. */
    double timeOf(double u);

    /** Requests due in the whole profile. */
    double totalCount();

    /** Length of the profile in seconds. */
    double durationSeconds();
}
