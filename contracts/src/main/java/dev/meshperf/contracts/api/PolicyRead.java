package dev.meshperf.contracts.api;

/**
 * How one kind was read for a snapshot.
 *
 * @param group
 * its API group ({@code security.istio.io}); empty for the core group
 * @param version
 * the version read: the first the cluster serves of those meshperf knows; null when none is served
 * @param status
 * {@code READ}; {@code NOT_INSTALLED} when the cluster does not serve the kind (skipped, not an error);
 * {@code FORBIDDEN} when the collector's account may not list it; {@code FAILED} for any other error
 * @param found
 * objects of this kind in the cluster
 * @param applying
 * of those, the ones that apply to a target (and are stored)
 */
public record PolicyRead(String kind, String group, String version, String status, int found, int applying,
        String message) {

    public static final String READ = "READ";
    public static final String NOT_INSTALLED = "NOT_INSTALLED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String FAILED = "FAILED";
}
