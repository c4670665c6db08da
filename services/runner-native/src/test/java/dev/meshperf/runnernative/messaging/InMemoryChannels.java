package dev.meshperf.runnernative.messaging;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import dev.meshperf.runnerservice.messaging.RunnerChannels;

/** Swaps this service's Kafka channels for SmallRye's in-memory connector. */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(RunnerChannels.TEST_REQUESTED));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(RunnerChannels.TEST_SAMPLES));
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
