package dev.meshperf.contracts.events;

/** The saved profile version a test was started from; absent for ad-hoc runs. */
public record ProfileRef(String id, String name, long version) {
}
