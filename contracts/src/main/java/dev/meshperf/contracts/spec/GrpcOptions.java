package dev.meshperf.contracts.spec;

/**
 * A unary gRPC call.
 *
 * @param method
 * full method name, {@code package.Service/Method}; defaults to {@code grpc.health.v1.Health/Check}
 * @param requestBase64
 * the serialized request message; empty when absent
 */
public record GrpcOptions(String method, String requestBase64) {

    public static final String HEALTH_CHECK = "grpc.health.v1.Health/Check";
}
