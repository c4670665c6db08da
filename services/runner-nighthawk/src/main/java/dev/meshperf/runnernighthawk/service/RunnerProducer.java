package dev.meshperf.runnernighthawk.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.grpc.GrpcClient;

import dev.meshperf.contracts.nighthawk.MutinyNighthawkServiceGrpc.MutinyNighthawkServiceStub;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runnernighthawk.config.NighthawkConfig;
import dev.meshperf.runnerservice.config.RunnerConfig;

/** The nighthawk generator of this service, with the gRPC client Quarkus configures as {@code nighthawk}. */
@ApplicationScoped
public class RunnerProducer {

    @GrpcClient("nighthawk")
    MutinyNighthawkServiceStub nighthawk;

    @ConfigProperty(name = "quarkus.grpc.clients.nighthawk.host")
    String host;

    @ConfigProperty(name = "quarkus.grpc.clients.nighthawk.port")
    int port;

    @Produces
    @ApplicationScoped
    LoadRunner runner(NighthawkConfig config, RunnerConfig runner) {
        return new NighthawkLoadRunner(nighthawk, host, port, config.concurrency(), config.grace(),
                runner.runnerLimits());
    }
}
