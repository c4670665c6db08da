package dev.meshperf.contracts.spec;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a runner needs to generate a test's load. Durations travel as ISO-8601 strings ({@code PT30S}).
 *
 * @param connections
 * total over all shards
 * @param threads
 * event loops per runner; null lets the runner choose
 * @param warmup
 * load sent before {@code duration} starts and left out of the results
 * @param generatorOptions
 * options only one generator understands, passed through verbatim
 */
public record LoadSpec(
        Protocol protocol,
        List<Endpoint> endpoints,
        String method,
        List<Header> headers,
        Map<String, String> cookies,
        String body,
        String contentType,
        LoadModel load,
        int connections,
        Integer threads,
        Duration duration,
        Duration warmup,
        Duration requestTimeout,
        TlsOptions tls,
        GrpcOptions grpc,
        TcpOptions tcp,
        MeshInfo mesh,
        Map<String, String> generatorOptions) {
}
