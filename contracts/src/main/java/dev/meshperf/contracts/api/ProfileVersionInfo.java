package dev.meshperf.contracts.api;

import java.time.Instant;

/** One saved version of a profile. */
public record ProfileVersionInfo(long version, String name, Instant createdAt) {
}
