package dev.meshperf.runnerfortio.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import dev.meshperf.runnerfortio.testserver.FakeFortioServer;
import dev.meshperf.runnerservice.messaging.RunnerChannels;

/** Swaps the Kafka channels for the in-memory connector and points the service at a fake fortio server. */
public class FortioChannels implements QuarkusTestResourceLifecycleManager {

    static FakeFortioServer fortio;

    @Override
    public Map<String, String> start() {
        try {
            fortio = new FakeFortioServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(RunnerChannels.TEST_REQUESTED));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(RunnerChannels.TEST_SAMPLES));
        config.put("meshperf.fortio.server-url", fortio.url());
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
        fortio.close();
    }
}
