package dev.meshperf.runnernighthawk.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How runs are mapped onto nighthawk_service ({@code meshperf.nighthawk.*}); where it listens is the gRPC client
 * {@code quarkus.grpc.clients.nighthawk.host/port}.
 */
@ConfigMapping(prefix = "meshperf.nighthawk")
public interface NighthawkConfig {

    /** Nighthawk workers per shard when the spec names no threads. */
    @WithDefault("1")
    int concurrency();

    /** How long an execution may take past its duration before it is abandoned. */
    @WithDefault("PT15S")
    Duration grace();
}
