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
 * @param testId
 * the test id to use instead of a server-issued one: a request repeated with the same id starts nothing new and
 * answers with the first one's acceptance (an idempotency key; the scheduler derives it from schedule and fire time)
 */
public record RunOptions(String generator, Integer shards, Map<String, String> labels, String testId) {

    public RunOptions(String generator, Integer shards, Map<String, String> labels) {
        this(generator, shards, labels, null);
    }
}
