package dev.meshperf.runnerwrk2.domain;

/**
 * A wrk binary found on this machine.
 *
 * @param constantRate
 * true for wrk2, which paces requests with {@code -R} and corrects latency for coordinated omission; false for
 * wrk, which only runs a closed loop at the highest rate it can
 */
public record WrkBinary(String path, String version, boolean constantRate) {

    public String flavour() {
        return constantRate ? "wrk2" : "wrk";
    }
}
