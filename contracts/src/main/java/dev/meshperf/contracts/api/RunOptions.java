package dev.meshperf.contracts.api;

import java.util.Map;

/**
 * How to run a saved profile this time; every field is optional.
 *
 * @param generator
 * one of the profile's load generators (default: its first)
 * @param shards
 * overrides the profile's shards
 * @param labels
 * added to the profile's labels on this run's request and result
 */
public record RunOptions(String generator, Integer shards, Map<String, String> labels) {
}
