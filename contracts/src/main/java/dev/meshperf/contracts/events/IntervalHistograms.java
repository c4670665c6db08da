package dev.meshperf.contracts.events;

/**
 * The three histograms of one interval, each HdrHistogram's compressed encoding in base64, values in
 * microseconds ({@link #UNIT}).
 *
 * @param latency
 * from the intended send time to the response: corrected for coordinated omission
 * @param serviceTime
 * from the actual send to the response
 * @param schedulingLag
 * actual send time minus intended send time
 */
public record IntervalHistograms(String unit, String latency, String serviceTime, String schedulingLag) {

    public static final String UNIT = "us";

    public static IntervalHistograms of(String latency, String serviceTime, String schedulingLag) {
        return new IntervalHistograms(UNIT, latency, serviceTime, schedulingLag);
    }
}
