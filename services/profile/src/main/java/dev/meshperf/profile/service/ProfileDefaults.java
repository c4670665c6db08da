package dev.meshperf.profile.service;

import java.time.Duration;
import java.util.List;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.Protocol;

/**
 * Fills what a document leaves out, so the stored version (and its export) says exactly what will run: HTTP/1.1 GET,
 * the closed-loop {@code max} model, one connection and 30 seconds (Meshery's profile template), one shard.
 */
public final class ProfileDefaults {

    public static final Duration DURATION = Duration.ofSeconds(30);

    private ProfileDefaults() {
    }

    public static ProfileDocument apply(ProfileDocument d, String defaultGenerator) {
        Protocol protocol = d.protocol() == null ? Protocol.HTTP1 : d.protocol();
        boolean http = protocol != Protocol.TCP && protocol != Protocol.GRPC;
        return new ProfileDocument(d.id(), d.version(), d.name(), d.description(), d.labels(),
                d.loadGenerators() == null || d.loadGenerators().isEmpty()
                        ? List.of(defaultGenerator)
                        : d.loadGenerators(),
                d.shards() == null ? 1 : d.shards(), protocol, d.endpoints(),
                d.method() == null && http ? "GET" : d.method(), d.headers(), d.cookies(), d.body(), d.contentType(),
                d.load() == null ? LoadModel.max() : d.load(),
                d.concurrentRequests() == null ? 1 : d.concurrentRequests(), d.threads(),
                d.duration() == null ? DURATION : d.duration(), d.warmup(), d.requestTimeout(), d.caCertificate(),
                d.insecure(), d.sni(), d.grpc(), d.tcp(), d.serviceMesh(), d.generatorOptions(), d.slos(),
                d.baselineRunId(), d.createdAt(), d.updatedAt(), d.metrics());
    }
}
