package dev.meshperf.contracts.spec;

/**
 * A target URL. With several endpoints, requests go round-robin, or in proportion to {@code weight} when any weight
 * is given. For TCP the URL is {@code tcp://host:port}; for gRPC {@code grpc://host:port} or {@code grpcs://}.
 */
public record Endpoint(String url, Integer weight) {

    public static Endpoint of(String url) {
        return new Endpoint(url, null);
    }
}
