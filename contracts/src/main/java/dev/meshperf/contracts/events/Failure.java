package dev.meshperf.contracts.events;

/**
 * Why a shard could not run or stopped. {@code code} is stable and machine-readable; {@code reason} is for people.
 */
public record Failure(FailureCode code, String reason) {
}
