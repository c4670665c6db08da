package dev.meshperf.profile.messaging;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Swaps this service's Kafka channel for SmallRye's in-memory connector. */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.copyOf(InMemoryConnector.switchOutgoingChannelsToInMemory(ProfileChannels.TEST_REQUESTED));
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
