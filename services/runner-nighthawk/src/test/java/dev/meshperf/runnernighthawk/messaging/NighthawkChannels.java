package dev.meshperf.runnernighthawk.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import dev.meshperf.runnernighthawk.testserver.InTestNighthawk;
import dev.meshperf.runnerservice.messaging.RunnerChannels;

/** In-memory channels in place of Kafka, and the gRPC client pointed at an in-test NighthawkService. */
public class NighthawkChannels implements QuarkusTestResourceLifecycleManager {

    static InTestNighthawk nighthawk;

    @Override
    public Map<String, String> start() {
        try {
            nighthawk = new InTestNighthawk();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(RunnerChannels.TEST_REQUESTED));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(RunnerChannels.TEST_SAMPLES));
        config.put("quarkus.grpc.clients.nighthawk.port", Integer.toString(nighthawk.port()));
        // in test mode a client aimed at this machine uses its test port
        config.put("quarkus.grpc.clients.nighthawk.test-port", Integer.toString(nighthawk.port()));
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
        try {
            nighthawk.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
