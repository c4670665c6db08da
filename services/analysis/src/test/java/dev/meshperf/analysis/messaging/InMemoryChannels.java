package dev.meshperf.analysis.messaging;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Swaps this service's Kafka channels for SmallRye's in-memory connector. */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(AnalysisChannels.TEST_REQUESTED,
                AnalysisChannels.TEST_SAMPLES));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(AnalysisChannels.TEST_COMPLETED,
                AnalysisChannels.DEAD_LETTERS));
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
