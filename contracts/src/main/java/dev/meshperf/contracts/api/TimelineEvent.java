package dev.meshperf.contracts.api;

import java.time.Instant;

/**
 * Something that happened to the run's targets or their configuration inside the run's window, to mark on its time
 * axis.
 *
 * @param kind
 * {@code POD_RESTARTED}, {@code POD_ADDED}, {@code POD_REMOVED}, {@code REPLICAS_CHANGED}, {@code AUTOSCALED},
 * {@code POLICY_CHANGED}, {@code POLICY_ADDED}, {@code POLICY_REMOVED}, {@code NODE_PRESSURE} (an open set)
 * @param subject
 * what it happened to: {@code pod shop/checkout-1}, {@code PeerAuthentication istio-system/default}
 * @param exact
 * true when {@code at} is a time Kubernetes recorded (a container's end, an event, a write of the spec); false when
 * Kubernetes kept none and {@code at} is when the collector saw the change (the end of the run)
 */
public record TimelineEvent(Instant at, String kind, String subject, String description, boolean exact) {
}
