package dev.meshperf.contracts.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.GrpcOptions;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.MeshInfo;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.spec.SloCheck;
import dev.meshperf.contracts.spec.TcpOptions;

/**
 * A performance profile as users write it (JSON or YAML) and as the API returns it. Field names follow Meshery's
 * profile where it has one ({@code loadGenerators}, {@code endpoints}, {@code serviceMesh},
 * {@code concurrentRequests}, {@code duration}, {@code caCertificate}); durations read and write as {@code 30s}.
 * {@code id}, {@code version}, {@code createdAt} and {@code updatedAt} are set by the server.
 *
 * @param shards
 * concurrent runner instances the load is split over (connections and rate are totals)
 * @param concurrentRequests
 * connections in total over all shards
 * @param baselineRunId
 * the test id every run of this profile is compared against
 * @param metrics
 * Prometheus queries evaluated over each run's window, beside the metrics collector's query packs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "version", "name", "description", "labels"})
public record ProfileDocument(
        String id,
        Long version,
        String name,
        String description,
        Map<String, String> labels,
        List<String> loadGenerators,
        Integer shards,
        Protocol protocol,
        List<Endpoint> endpoints,
        String method,
        List<Header> headers,
        Map<String, String> cookies,
        String body,
        String contentType,
        LoadModel load,
        Integer concurrentRequests,
        Integer threads,
        Duration duration,
        Duration warmup,
        Duration requestTimeout,
        String caCertificate,
        Boolean insecure,
        String sni,
        GrpcOptions grpc,
        TcpOptions tcp,
        MeshInfo serviceMesh,
        Map<String, String> generatorOptions,
        List<SloCheck> slos,
        String baselineRunId,
        Instant createdAt,
        Instant updatedAt,
        List<MetricQuery> metrics) {

    /** The same definition with the server-set fields replaced. */
    public ProfileDocument withIdentity(String newId, Long newVersion, Instant created, Instant updated) {
        return new ProfileDocument(newId, newVersion, name, description, labels, loadGenerators, shards, protocol,
                endpoints, method, headers, cookies, body, contentType, load, concurrentRequests, threads, duration,
                warmup, requestTimeout, caCertificate, insecure, sni, grpc, tcp, serviceMesh, generatorOptions, slos,
                baselineRunId, created, updated, metrics);
    }
}
