package dev.meshperf.contracts.api;

/**
 * Whether the load generator kept up with the load it was asked for. When it did not, requests left later than
 * intended (or not at all), so the latencies describe the client as much as the target.
 *
 * @param status
 * {@code OK}, {@code FALLING_BEHIND}, or {@code UNKNOWN} when it cannot be judged (the closed-loop model has no
 * intended send times; wrk, fortio and Nighthawk do not report their scheduling lag)
 * @param detail
 * the judgement in words, with the numbers it rests on
 */
public record LoadGeneratorVerdict(String status, String detail) {

    public static final String OK = "OK";
    public static final String FALLING_BEHIND = "FALLING_BEHIND";
    public static final String UNKNOWN = "UNKNOWN";

    public boolean fallingBehind() {
        return FALLING_BEHIND.equals(status);
    }
}
